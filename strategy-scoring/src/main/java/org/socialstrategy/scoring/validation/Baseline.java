package org.socialstrategy.scoring.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The findings a team has accepted for now, so that a check fails only on new ones: a baseline
 * records the findings of each strategy file by their {@link FindingKey} (rule, subject, stable
 * path), and {@link #match} sorts a later validation's findings into new and known. Moved lines,
 * edits elsewhere in the file and reworded messages keep a finding known; a finding is new when its
 * key is not in the baseline, or occurs more often than the baseline recorded.
 *
 * <pre>{@code
 * Baseline baseline = Baseline.of("retail.yaml", validator.validate(before));
 * BaselineMatch match = baseline.match("retail.yaml", validator.validate(after));
 * match.newFindings().forEach(System.out::println);
 * }</pre>
 *
 * <p>The baseline file (JSON, versioned, documented in {@code docs/git.md}) is written and read by
 * {@code org.socialstrategy.report.BaselineFile}, since this module has no JSON library; entries
 * are sorted by file, rule, subject and path, so a rewritten baseline changes only where findings
 * changed. Files are named as given (the command line uses the paths it was given, with forward
 * slashes), so a baseline is written and used from the same folder.
 */
public final class Baseline {

  /** The version of the baseline file format this library writes and reads. */
  public static final int FORMAT_VERSION = 1;

  private static final Comparator<Entry> ORDER =
      Comparator.comparing(Entry::file)
          .thenComparing(entry -> entry.key().ruleId())
          .thenComparing(entry -> entry.key().subject())
          .thenComparing(entry -> entry.key().path())
          .thenComparing(Entry::message);

  private static final Baseline EMPTY = new Baseline(List.of());

  private final List<Entry> entries;

  private Baseline(List<Entry> entries) {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(ORDER);
    this.entries = Collections.unmodifiableList(sorted);
  }

  /**
   * One accepted finding: the file it is in, its key, and for people reading the baseline its
   * rule's name and its message.
   *
   * @param file the strategy file, as named when the baseline was made
   * @param key what identifies the finding
   * @param ruleName the rule's name, such as {@code unaligned-tactic}; not used for matching
   * @param message the finding's message when it was accepted; not used for matching
   */
  public record Entry(String file, FindingKey key, String ruleName, String message) {

    /**
     * Checks that every part is given.
     *
     * @param file the strategy file
     * @param key what identifies the finding
     * @param ruleName the rule's name
     * @param message the finding's message
     */
    public Entry {
      file = fileName(file);
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(ruleName, "ruleName");
      Objects.requireNonNull(message, "message");
    }
  }

  /**
   * Returns a baseline that accepts nothing.
   *
   * @return the empty baseline
   */
  public static Baseline empty() {
    return EMPTY;
  }

  /**
   * Returns a baseline of one file's findings.
   *
   * @param file the strategy file's name
   * @param report its validation report
   * @return the baseline
   */
  public static Baseline of(String file, ValidationReport report) {
    return EMPTY.with(file, report);
  }

  /**
   * Returns a baseline of the given entries.
   *
   * @param entries the entries, in any order
   * @return the baseline
   */
  public static Baseline of(List<Entry> entries) {
    return new Baseline(entries);
  }

  /**
   * Returns this baseline with one file's findings recorded in place of those it had for the file.
   *
   * @param file the strategy file's name
   * @param report its validation report
   * @return the new baseline
   */
  public Baseline with(String file, ValidationReport report) {
    String name = fileName(file);
    List<Entry> all = new ArrayList<>();
    for (Entry entry : entries) {
      if (!entry.file().equals(name)) {
        all.add(entry);
      }
    }
    for (Finding finding : report.findings()) {
      all.add(new Entry(name, FindingKey.of(finding), finding.ruleName(), finding.message()));
    }
    return new Baseline(all);
  }

  /**
   * Returns the accepted findings, sorted by file, rule, subject and path.
   *
   * @return the entries
   */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * Sorts a validation's findings of a file into those the baseline accepts and new ones. Findings
   * sharing a key are taken in report order: the baseline accepts as many as it recorded.
   *
   * @param file the strategy file's name, as the baseline names it
   * @param report the validation report
   * @return the new and known findings, and the entries no finding matched any more
   */
  public BaselineMatch match(String file, ValidationReport report) {
    String name = fileName(file);
    Map<FindingKey, List<Entry>> open = new HashMap<>();
    for (Entry entry : entries) {
      if (entry.file().equals(name)) {
        open.computeIfAbsent(entry.key(), key -> new ArrayList<>()).add(entry);
      }
    }
    List<Finding> fresh = new ArrayList<>();
    List<Finding> known = new ArrayList<>();
    for (Finding finding : report.findings()) {
      List<Entry> accepted = open.get(FindingKey.of(finding));
      if (accepted == null || accepted.isEmpty()) {
        fresh.add(finding);
      } else {
        accepted.remove(0);
        known.add(finding);
      }
    }
    List<Entry> gone = new ArrayList<>();
    open.values().forEach(gone::addAll);
    gone.sort(ORDER);
    Set<Finding> isNew = Collections.newSetFromMap(new IdentityHashMap<>());
    isNew.addAll(fresh);
    return new BaselineMatch(fresh, known, gone, report.filter(isNew::contains));
  }

  /** Names files the same however they were given: forward slashes, no leading {@code ./}. */
  static String fileName(String file) {
    String name = Objects.requireNonNull(file, "file").replace('\\', '/');
    while (name.startsWith("./")) {
      name = name.substring(2);
    }
    return name;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Baseline && entries.equals(((Baseline) other).entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  /** Returns how many findings the baseline accepts, in how many files. */
  @Override
  public String toString() {
    long files = entries.stream().map(Entry::file).distinct().count();
    return "Baseline{" + entries.size() + " findings in " + files + " files}";
  }
}
