package io.scimworks.core;

import java.util.function.UnaryOperator;

/**
 * The one case-insensitive comparison of SCIMworks: what a filter evaluated in memory, the
 * in-memory index, uniqueness checks and SQL stores all use for values of attributes that are not
 * {@code caseExact}, so that what one path finds, every path finds.
 *
 * <p>Two strings are equal ignoring case when their {@linkplain #fold(String) folded} forms are
 * equal. Folding maps each code point {@code c} to {@code
 * Character.toLowerCase(Character.toUpperCase(c))}: Unicode simple case mapping, one code point to
 * one code point, independent of the default locale. It is the rule {@link
 * String#equalsIgnoreCase(String)} applies, so:
 *
 * <ul>
 *   <li>{@code "ſ"} (long s), {@code "S"} and {@code "s"} are equal;
 *   <li>{@code "ς"} (final sigma), {@code "Σ"} and {@code "σ"} are equal;
 *   <li>{@code "İ"} (capital I with dot) and {@code "i"} are equal, and so are {@code "ı"} (dotless
 *       i), {@code "I"} and {@code "i"};
 *   <li>{@code "ß"} and {@code "SS"} are not (that would take full case folding, which changes
 *       lengths).
 * </ul>
 *
 * <p>{@code String.toLowerCase(Locale.ROOT)} is not this rule ({@code "İ"} becomes two code points,
 * {@code "ſ"} stays itself): never key an index with it. Ordering ({@code gt}, {@code lt}, sorting)
 * compares folded forms by UTF-16 code unit.
 *
 * <pre>{@code
 * String key = CaseFolding.fold(userName);          // an index or unique-column key
 * boolean same = CaseFolding.equal("ſam", "SAM");   // true
 * }</pre>
 */
public final class CaseFolding {
  private static final UnaryOperator<String> FUNCTION = CaseFolding::fold;

  private CaseFolding() {}

  /**
   * The folded form of {@code text}: equal for exactly the strings that are equal ignoring case.
   * Returns {@code text} itself when folding changes nothing (lower-case ASCII and the like).
   *
   * @param text any string; not null
   * @return the folded string, {@code text} itself when nothing changes
   */
  public static String fold(String text) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c >= 0x80 || (c >= 'A' && c <= 'Z')) {
        break;
      }
      i++;
    }
    if (i == n) {
      return text;
    }
    StringBuilder out = new StringBuilder(n);
    out.append(text, 0, i);
    while (i < n) {
      int cp = text.codePointAt(i);
      out.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp)));
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  /**
   * Whether {@code a} and {@code b} are equal ignoring case, by this class's rule.
   *
   * @param a a string; not null
   * @param b a string; not null
   * @return whether their folded forms are equal
   */
  public static boolean equal(String a, String b) {
    return a.equals(b) || fold(a).equals(fold(b));
  }

  /**
   * Compares the folded forms of {@code a} and {@code b} (for ordering and sorting).
   *
   * @param a a string; not null
   * @param b a string; not null
   * @return negative, zero or positive as {@code a} folds to less than, the same as or more than
   *     {@code b}
   */
  public static int compare(String a, String b) {
    return fold(a).compareTo(fold(b));
  }

  /**
   * {@link #fold(String)} as a function, for the filter evaluator's resolver.
   *
   * @return the shared, stateless function
   */
  public static UnaryOperator<String> function() {
    return FUNCTION;
  }
}
