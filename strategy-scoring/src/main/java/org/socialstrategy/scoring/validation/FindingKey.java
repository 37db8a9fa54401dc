package org.socialstrategy.scoring.validation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.socialstrategy.model.StrategyPath;

/**
 * What identifies a finding across versions of a strategy: its rule, its subject, and its path with
 * elements named by id and the positions of elements without ids left out ({@code
 * goals[grow].objectives[].due}). Lines and columns are not part of it, nor the message, which
 * quotes figures that change with unrelated edits; so a finding keeps its key when lines move, when
 * other elements are added or removed, and when a list without ids is reordered.
 *
 * <p>This is the one definition of a finding's identity: baselines match findings by it ({@link
 * Baseline}), change reviews tell introduced from resolved findings by it, and SARIF logs carry its
 * {@link #fingerprint()} as the partial fingerprint code-scanning tools follow. Several findings
 * may share a key (one rule on two objectives of one goal); matching then counts them.
 *
 * @param ruleId the rule's id, such as {@code SBS101}
 * @param subject the subject, as {@link org.socialstrategy.model.Subject#toString()} writes it
 * @param path the stable path, as {@link #stablePath(StrategyPath)} writes it
 */
public record FindingKey(String ruleId, String subject, String path) {

  /**
   * Checks that every part is given.
   *
   * @param ruleId the rule's id
   * @param subject the subject
   * @param path the stable path
   */
  public FindingKey {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(path, "path");
  }

  /**
   * Returns the key of a finding.
   *
   * @param finding the finding
   * @return its key
   */
  public static FindingKey of(Finding finding) {
    return new FindingKey(
        finding.ruleId(), finding.subject().toString(), stablePath(finding.path()));
  }

  /**
   * Writes a path with elements named by id and the positions of elements without ids left out:
   * {@code tactics[fb-shop].supports[0]} becomes {@code tactics[fb-shop].supports[]}.
   *
   * @param path a finding's path
   * @return the stable text of the path
   */
  public static String stablePath(StrategyPath path) {
    StringBuilder text = new StringBuilder();
    for (StrategyPath.Segment segment : path.segments()) {
      if (text.length() > 0) {
        text.append('.');
      }
      text.append(segment.name());
      if (segment.key().isPresent()) {
        text.append('[').append(segment.key().get()).append(']');
      } else if (segment.position().isPresent()) {
        text.append("[]");
      }
    }
    return text.toString();
  }

  /**
   * Returns the key hashed: the first 16 bytes of the SHA-256 of rule id, subject and path, each on
   * a line, in hexadecimal. SARIF logs carry it as the partial fingerprint {@code sbsFinding/v2}.
   *
   * @return 32 hexadecimal digits
   */
  public String fingerprint() {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest((ruleId + "\n" + subject + "\n" + path).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Returns {@code rule subject path}, as people compare keys. */
  @Override
  public String toString() {
    return ruleId + " " + subject + (path.isEmpty() ? "" : " " + path);
  }
}
