package org.socialstrategy.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.socialstrategy.io.StrategyFiles;
import org.socialstrategy.io.StrategyFormat;
import org.socialstrategy.model.Strategy;

/** Reading and writing strategy files, beside Jackson's token scan and raw generator. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FileBenchmarks {

  /** Creates the benchmarks. */
  public FileBenchmarks() {}

  /**
   * The reading floor: a token scan of the JSON, no binding.
   *
   * @param file the texts
   * @return a count over every token
   */
  @Benchmark
  public long jsonTokenScan(FileState file) {
    return file.scan();
  }

  /**
   * Reading the JSON into a strategy, every check included.
   *
   * @param file the texts
   * @return the strategy
   */
  @Benchmark
  public Strategy jsonRead(FileState file) {
    return StrategyFiles.read(file.json, "strategy.json");
  }

  /**
   * The writing floor: the JSON's tokens written by a generator.
   *
   * @param file the texts
   * @return the text
   */
  @Benchmark
  public String jsonRawGenerator(FileState file) {
    return file.generate();
  }

  /**
   * Writing the strategy as JSON.
   *
   * @param file the texts
   * @return the text
   */
  @Benchmark
  public String jsonWrite(FileState file) {
    return StrategyFiles.write(file.strategy.strategy, StrategyFormat.JSON);
  }

  /**
   * Reading the YAML into a strategy.
   *
   * @param file the texts
   * @return the strategy
   */
  @Benchmark
  public Strategy yamlRead(FileState file) {
    return StrategyFiles.read(file.yaml, "strategy.yaml");
  }

  /**
   * Writing the strategy as YAML.
   *
   * @param file the texts
   * @return the text
   */
  @Benchmark
  public String yamlWrite(FileState file) {
    return StrategyFiles.write(file.strategy.strategy, StrategyFormat.YAML);
  }
}
