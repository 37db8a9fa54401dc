package org.socialstrategy.io;

import java.math.BigDecimal;
import java.util.Locale;
import org.socialstrategy.model.Strategy;

/**
 * Values as a file holds them, the same way in and out: decimals read exactly from ASCII text and
 * written in a text a reader with the default limits reads back, and texts that are Unicode (no
 * lone surrogate). Writing is held to what reading accepts, so that every strategy the reader
 * accepts writes and reads back equal, and a strategy built in code that holds something a file
 * cannot carry is refused before anything is written. (Dates need no such care: the model keeps
 * them within the years 0000 to 9999, which files write with four digits.)
 */
final class FormatV1Values {

  /**
   * Decimals are kept within this many places either side of the point, as the model keeps them.
   */
  static final int MAX_SCALE = Strategy.MAX_DECIMAL_EXPONENT;

  private FormatV1Values() {}

  /**
   * Reads a decimal exactly from its text: an optional sign, ASCII digits with an optional point,
   * and an optional exponent ({@code 1200}, {@code -0.25}, {@code 1E+3}). Digits of other scripts,
   * which {@link BigDecimal} would take, are not decimals here: a file says numbers in 0 to 9.
   *
   * @param text the text
   * @return the decimal, or null when the text is not one
   */
  static BigDecimal parseDecimal(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < '0' || c > '9') && c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
        return null;
      }
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * Tells whether a text holds a digit that is not one of ASCII's 0 to 9, such as {@code ٣}.
   *
   * @param text the text
   * @return true when it holds such a digit
   */
  static boolean hasOtherDigits(String text) {
    return text.codePoints().anyMatch(c -> c > 0x7f && Character.isDigit(c));
  }

  /**
   * Writes a decimal exactly, scale included, so that it reads back equal: as {@link
   * BigDecimal#toString()} writes it ({@code 5000.00}, {@code 1.5E-7}) when that fits the default
   * number limit, else as its digits and an exponent ({@code 12345E-104}), which is never longer
   * than the text it was read from.
   *
   * @param value the decimal
   * @return its text
   */
  static String decimal(BigDecimal value) {
    String canonical = value.toString();
    if (canonical.length() <= ReadOptions.DEFAULT_MAX_NUMBER_LENGTH) {
      return canonical;
    }
    String scientific = value.unscaledValue() + "E" + (-(long) value.scale());
    return scientific.length() < canonical.length() ? scientific : canonical;
  }

  /**
   * Says why a decimal cannot be written so that a reader with the default limits reads it back.
   *
   * @param value the decimal
   * @return the reason, or null when it can be written
   */
  static String unwritableDecimal(BigDecimal value) {
    if (Math.abs((long) value.scale()) > MAX_SCALE) {
      return "the number "
          + FormatV1Shapes.abbreviate(value.toString())
          + ", whose exponent is beyond "
          + MAX_SCALE;
    }
    int length = decimal(value).length();
    if (length > ReadOptions.DEFAULT_MAX_NUMBER_LENGTH) {
      return "the number "
          + FormatV1Shapes.abbreviate(value.toString())
          + ", which takes "
          + length
          + " characters, more than the limit of "
          + ReadOptions.DEFAULT_MAX_NUMBER_LENGTH;
    }
    return null;
  }

  /**
   * Returns the position of the first lone surrogate of a text: half of a pair without the other
   * half, which is not a character and has no UTF-8 form.
   *
   * @param text the text
   * @return the position, or -1 when the text is all characters
   */
  static int loneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Describes a lone surrogate for a message: {@code \ud83d at character 2}.
   *
   * @param text the text
   * @param at the surrogate's position
   * @return the description
   */
  static String describeSurrogate(String text, int at) {
    return String.format(Locale.ROOT, "\\u%04x at character %d", (int) text.charAt(at), at + 1);
  }

  /**
   * Says why a text cannot be written so that a reader with the default limits reads it back.
   *
   * @param text the text
   * @return the reason, or null when it can be written
   */
  static String unwritableText(String text) {
    if (text.length() > ReadOptions.DEFAULT_MAX_STRING_LENGTH) {
      return "a text of "
          + text.length()
          + " characters, more than the limit of "
          + ReadOptions.DEFAULT_MAX_STRING_LENGTH;
    }
    int surrogate = loneSurrogate(text);
    if (surrogate >= 0) {
      return "a lone surrogate "
          + describeSurrogate(text, surrogate)
          + ", which is not a character (text must be Unicode)";
    }
    return null;
  }
}
