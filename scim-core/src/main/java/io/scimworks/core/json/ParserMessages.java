package io.scimworks.core.json;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * What a client is told about JSON it sent that the parser refused: where (line and column) and
 * what was wrong, without the parser's own vocabulary. Jackson's messages name its classes, the
 * switches that would accept the input ({@code Feature 'ALLOW_COMMENTS' not enabled}, {@code
 * JsonReadFeature.ALLOW_HEXADECIMAL_NUMBERS}) and its source descriptions ({@code [Source: REDACTED
 * (StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION disabled)...]}), which are no business of the
 * client's and name the library the server runs.
 */
final class ParserMessages {
  /** A word that only the parser's internals use; the clause holding it is cut off. */
  private static final Pattern INTERNAL =
      Pattern.compile(
          "`|\\b\\w*Feature\\b|\\b\\w*Constraints\\b|\\[Source:|\\bJsonToken\\b"
              + "|tools\\.jackson|com\\.fasterxml|\\bjackson\\b|\\bbound as\\b",
          Pattern.CASE_INSENSITIVE);

  private ParserMessages() {}

  /**
   * The location and the plain text of a parser's complaint, to follow what it is about: {@code "
   * at line 1, column 9: Unexpected character ('/' (code 47)): maybe a (non-standard) comment?"},
   * or {@code ": ..."} when the parser knows no location.
   */
  static String describe(JacksonException e) {
    String what = plain(e.getOriginalMessage());
    TokenStreamLocation at = e.getLocation();
    if (at == null || at.getLineNr() < 1 || at.getColumnNr() < 1) {
      return ": " + what;
    }
    return " at line " + at.getLineNr() + ", column " + at.getColumnNr() + ": " + what;
  }

  /**
   * {@code message} without the parser's names: each clause (after {@code ": "}, {@code "; "} or
   * {@code " ("}) that holds one is dropped with what follows it.
   */
  static String plain(String message) {
    String m =
        message
            .replaceAll("`JsonToken\\.([A-Z_]+)`", "$1")
            .replaceAll(
                ": hexadecimal number literals require enabling \\S+",
                ": hexadecimal numbers are not JSON")
            .replaceAll(" ?\\(bound as `[^`]*`\\)", "");
    Matcher internal = INTERNAL.matcher(m);
    if (!internal.find()) {
      return m;
    }
    int cut = clauseStart(m, internal.start());
    String kept = m.substring(0, cut).strip();
    while (kept.endsWith(":") || kept.endsWith(";") || kept.endsWith(",")) {
      kept = kept.substring(0, kept.length() - 1).strip();
    }
    return kept.isEmpty() ? "malformed JSON" : balanced(kept);
  }

  /** Where the clause holding {@code index} starts. */
  private static int clauseStart(String m, int index) {
    int cut = 0;
    for (String separator : new String[] {": ", "; ", " (", ", "}) {
      cut = Math.max(cut, m.lastIndexOf(separator, index));
    }
    return cut;
  }

  /** {@code s} with parentheses its cut left open closed again. */
  private static String balanced(String s) {
    int open = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(') {
        open++;
      } else if (c == ')' && open > 0) {
        open--;
      }
    }
    return s + ")".repeat(open);
  }
}
