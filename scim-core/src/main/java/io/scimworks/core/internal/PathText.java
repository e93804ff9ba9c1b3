package io.scimworks.core.internal;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import io.scimworks.filter.AttributePath;

/**
 * A small, allocation-light parser for plain attribute paths ({@code [urn:]attr[.sub]}, no
 * filters), used on hot paths where the full filter grammar is not needed.
 */
public final class PathText {
  private PathText() {}

  /**
   * Parses {@code name}, {@code name.sub} or {@code urn:...:name[.sub]}.
   *
   * @throws ScimException 400 {@code invalidPath} when the text is not such a path
   */
  public static AttributePath parse(String text) {
    String urn = null;
    String rest = text;
    if (text.regionMatches(true, 0, "urn:", 0, 4)) {
      int colon = text.lastIndexOf(':');
      urn = text.substring(0, colon);
      rest = text.substring(colon + 1);
      if (urn.length() <= 4) {
        throw invalid(text);
      }
    }
    int dot = rest.indexOf('.');
    String attr = dot < 0 ? rest : rest.substring(0, dot);
    String sub = dot < 0 ? null : rest.substring(dot + 1);
    if (!isName(attr) || (sub != null && !isName(sub))) {
      throw invalid(text);
    }
    return new AttributePath(urn, attr, sub);
  }

  /** Whether {@code s} is an RFC 7644 ATTRNAME (or {@code $ref}). */
  public static boolean isName(String s) {
    if (s.equals("$ref")) {
      return true;
    }
    if (s.isEmpty() || !isAlpha(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(isAlpha(c) || (c >= '0' && c <= '9') || c == '-' || c == '_')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAlpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static ScimException invalid(String text) {
    return ScimException.of(ScimType.INVALID_PATH, "not an attribute path: '" + text + "'");
  }
}
