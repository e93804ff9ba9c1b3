package io.scimworks.server.spi;

/**
 * The case-insensitive comparison of SCIM strings ({@code caseExact: false}) as a key a database
 * can index: two strings are equal ignoring case, in the sense of {@link
 * String#equalsIgnoreCase(String)} that the filter evaluator uses, exactly when their folds are
 * equal. Each code point is mapped to {@code toLowerCase(toUpperCase(c))}, which is what {@code
 * equalsIgnoreCase} compares; no locale is involved, so Turkish dotless i and German sharp s fold
 * the same on every machine ({@code "ß"} is not equal to {@code "SS"}, as in the evaluator).
 */
public final class CaseFolding {
  private CaseFolding() {}

  /** The fold of {@code s}: equal folds if and only if the strings are equal ignoring case. */
  public static String fold(String s) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      int c = s.codePointAt(i);
      if (foldOf(c) != c) {
        break;
      }
      i += Character.charCount(c);
    }
    if (i == n) {
      return s;
    }
    StringBuilder sb = new StringBuilder(n);
    sb.append(s, 0, i);
    while (i < n) {
      int c = s.codePointAt(i);
      sb.appendCodePoint(foldOf(c));
      i += Character.charCount(c);
    }
    return sb.toString();
  }

  private static int foldOf(int c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }
    return Character.toLowerCase(Character.toUpperCase(c));
  }
}
