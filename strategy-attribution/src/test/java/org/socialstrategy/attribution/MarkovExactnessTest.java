package org.socialstrategy.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialstrategy.attribution.data.PathTable;
import org.socialstrategy.attribution.model.Markov;
import org.socialstrategy.testkit.JourneyGens;

/**
 * The Markov model's sparse solve against a dense direct solve of a chain built here on its own,
 * from the same conventions: sliding windows of k steps (a shorter path one state), start,
 * conversion and null. Repeated consecutive states stay as self-loops here, which must not change
 * any absorption probability.
 */
class MarkovExactnessTest {

  /** Returns P(conversion) from start with no channel removed, then with each channel removed. */
  private static double[] dense(PathTable table, int order) {
    Map<String, Integer> states = new LinkedHashMap<>();
    List<double[]> rows = new ArrayList<>();
    List<List<String>> sequences = new ArrayList<>();
    for (int p = 0; p < table.size(); p++) {
      List<String> steps = table.steps(p);
      List<String> sequence = new ArrayList<>();
      if (steps.size() <= order) {
        sequence.add(String.join(">", steps));
      } else {
        for (int j = 0; j + order <= steps.size(); j++) {
          sequence.add(String.join(">", steps.subList(j, j + order)));
        }
      }
      for (String state : sequence) {
        states.putIfAbsent(state, states.size());
      }
      sequences.add(sequence);
    }
    int n = states.size();
    double[][] counts = new double[n][n];
    double[] conversions = new double[n];
    double[] out = new double[n];
    double[] start = new double[n];
    double totalStart = 0;
    for (int p = 0; p < table.size(); p++) {
      double weight = table.conversions(p) + table.nulls(p);
      List<String> sequence = sequences.get(p);
      int previous = -1;
      for (String state : sequence) {
        int s = states.get(state);
        if (previous < 0) {
          start[s] += weight;
          totalStart += weight;
        } else {
          counts[previous][s] += weight;
          out[previous] += weight;
        }
        previous = s;
      }
      conversions[previous] += table.conversions(p);
      out[previous] += weight;
    }
    double[] result = new double[table.channelCount() + 1];
    for (int removed = -1; removed < table.channelCount(); removed++) {
      double[][] a = new double[n][n + 1];
      for (int s = 0; s < n; s++) {
        a[s][s] = 1;
        String name = states.keySet().toArray(new String[0])[s];
        boolean gone = removed >= 0 && List.of(name.split(">")).contains(table.channel(removed));
        if (gone || out[s] == 0) {
          continue;
        }
        for (int t = 0; t < n; t++) {
          a[s][t] -= counts[s][t] / out[s];
        }
        a[s][n] = conversions[s] / out[s];
      }
      double[] x = gauss(a, n);
      double p = 0;
      for (int s = 0; s < n; s++) {
        p += totalStart == 0 ? 0 : start[s] / totalStart * x[s];
      }
      result[removed + 1] = p;
    }
    return result;
  }

  private static double[] gauss(double[][] a, int n) {
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
          pivot = r;
        }
      }
      double[] swap = a[col];
      a[col] = a[pivot];
      a[pivot] = swap;
      for (int r = 0; r < n; r++) {
        if (r != col && a[r][col] != 0) {
          double f = a[r][col] / a[col][col];
          for (int c = col; c <= n; c++) {
            a[r][c] -= f * a[col][c];
          }
        }
      }
    }
    double[] x = new double[n];
    for (int s = 0; s < n; s++) {
      x[s] = a[s][n] / a[s][s];
    }
    return x;
  }

  @Test
  void sparseSolveMatchesADenseDirectSolve() {
    qt().withExamples(120)
        .forAll(JourneyGens.pathTables(6, 25), integers().between(1, 3))
        .checkAssert(
            (rows, order) -> {
              PathTable table = Fixtures.table(rows);
              double[] expected = dense(table, order);
              Markov.Solution solution = Markov.order(order).solve(table);
              assertEquals(expected[0], solution.conversionProbability(), 1e-10);
              for (int c = 0; c < table.channelCount(); c++) {
                assertEquals(
                    expected[c + 1],
                    solution.conversionProbabilityWithout(c),
                    1e-10,
                    table.channel(c));
              }
            });
  }

  @Test
  void aCappedHorizonConvergesToTheUnboundedChain() {
    qt().withExamples(60)
        .forAll(JourneyGens.pathTables(5, 20))
        .checkAssert(
            rows -> {
              PathTable table = Fixtures.table(rows);
              double exact = Markov.defaults().solve(table).conversionProbability();
              double capped =
                  Markov.builder().horizon(2_000).build().solve(table).conversionProbability();
              double observed =
                  Markov.builder().observedHorizon().build().solve(table).conversionProbability();
              assertEquals(exact, capped, 1e-9);
              assertEquals(true, observed <= exact + 1e-12);
            });
  }
}
