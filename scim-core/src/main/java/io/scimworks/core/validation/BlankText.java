package io.scimworks.core.validation;

/**
 * The one rule by which validation decides that text is blank: it names nothing, though it may not
 * be empty. A required attribute ({@code userName}, a group's {@code displayName}, a member's
 * {@code value}) whose value is blank is 400 {@code invalidValue} as if it were missing, and a
 * string attribute whose {@code uniqueness} is {@code server} or {@code global} may not hold a
 * blank value other than {@code ""}: it would claim a unique value that shows as nothing.
 *
 * <p>Text is blank when every code point in it is
 *
 * <ul>
 *   <li>Unicode White_Space: tab to carriage return, U+0085, and the space, line and paragraph
 *       separators (U+0020, U+00A0, U+1680, U+2000 to U+200A, U+2028, U+2029, U+202F, U+205F,
 *       U+3000); or
 *   <li>a format character (general category Cf: U+00AD soft hyphen, U+200B zero-width space,
 *       U+200C/U+200D zero-width (non-)joiner, U+200E/U+200F and other direction marks, U+2060 word
 *       joiner, U+FEFF byte order mark, the tag characters...); or
 *   <li>another Unicode Default_Ignorable_Code_Point, which renders as nothing: U+034F, the Hangul
 *       fillers U+115F, U+1160, U+3164 and U+FFA0, U+17B4, U+17B5, the variation selectors (U+180B
 *       to U+180D, U+180F, U+FE00 to U+FE0F, U+E0100 to U+E01EF) and the reserved default-ignorable
 *       code points (U+2065, U+FFF0 to U+FFF8, U+E0000 to U+E0FFF).
 * </ul>
 *
 * <p>The empty string is blank. Visible text around such characters is not: {@code "a\u200B"} is
 * not blank, and values that are not blank are stored as sent (nothing is trimmed).
 *
 * <pre>{@code
 * BlankText.isBlank("\u200B");      // true
 * BlankText.isBlank(" \u00A0\t");   // true
 * BlankText.isBlank("Ann");         // false
 * }</pre>
 */
public final class BlankText {
  private BlankText() {}

  /**
   * Whether {@code s} is blank: empty, or only white space and invisible characters, as the class
   * describes. Linear in the length of {@code s}.
   *
   * @param s the text; not null
   * @return {@code true} when no code point of {@code s} shows as anything
   */
  public static boolean isBlank(CharSequence s) {
    for (int i = 0; i < s.length(); ) {
      int cp = Character.codePointAt(s, i);
      if (!isInvisible(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /**
   * Whether the code point {@code cp} shows as nothing: White_Space, a format character or another
   * default-ignorable code point.
   *
   * @param cp a Unicode code point
   * @return {@code true} for a code point that {@link #isBlank} accepts
   */
  public static boolean isInvisible(int cp) {
    if (cp < 0x80) {
      return cp == ' ' || (cp >= '\t' && cp <= '\r');
    }
    return cp == 0x85
        || Character.isSpaceChar(cp)
        || Character.getType(cp) == Character.FORMAT
        || cp == 0x034F
        || cp == 0x115F
        || cp == 0x1160
        || cp == 0x17B4
        || cp == 0x17B5
        || (cp >= 0x180B && cp <= 0x180F)
        || cp == 0x2065
        || cp == 0x3164
        || (cp >= 0xFE00 && cp <= 0xFE0F)
        || cp == 0xFFA0
        || (cp >= 0xFFF0 && cp <= 0xFFF8)
        || (cp >= 0xE0000 && cp <= 0xE0FFF);
  }
}
