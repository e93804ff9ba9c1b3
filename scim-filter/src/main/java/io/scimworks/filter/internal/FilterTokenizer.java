package io.scimworks.filter.internal;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenFactory;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.jspecify.annotations.Nullable;

/**
 * A hand-written equivalent of the grammar's lexer rules, feeding the generated parser. The lexer
 * rules of {@code ScimFilter.g4} stay the specification: a property test checks that this class
 * produces the same tokens as the generated {@code ScimFilterLexer} (types, texts, positions) and
 * fails on the same inputs. It exists because the generated lexer took about half of the parse
 * time; this one scans each character once.
 *
 * <p>Like ANTLR's lexer it takes the longest match, and among equally long matches the rule written
 * first (keywords, then STRING, NUMBER, NAME, SUB_ATTR, BAREWORD). Positions are UTF-16 offsets.
 * The only text no rule matches is a malformed string literal; that raises {@link
 * io.scimworks.filter.FilterException} at once.
 */
final class FilterTokenizer implements TokenSource {
  private static final String[] KEYWORDS = {
    "and", "or", "not", "pr", "eq", "ne", "co", "sw", "ew", "gt", "ge", "lt", "le", "true", "false",
    "null"
  };
  private static final int[] KEYWORD_TYPES = {
    ScimFilterLexer.AND, ScimFilterLexer.OR, ScimFilterLexer.NOT, ScimFilterLexer.PR,
    ScimFilterLexer.EQ, ScimFilterLexer.NE, ScimFilterLexer.CO, ScimFilterLexer.SW,
    ScimFilterLexer.EW, ScimFilterLexer.GT, ScimFilterLexer.GE, ScimFilterLexer.LT,
    ScimFilterLexer.LE, ScimFilterLexer.TRUE, ScimFilterLexer.FALSE, ScimFilterLexer.NULL
  };

  private final String text;
  private final SyntaxMode mode;
  private int position;

  FilterTokenizer(String text, SyntaxMode mode) {
    this.text = text;
    this.mode = mode;
  }

  @Override
  public Token nextToken() {
    int n = text.length();
    while (position < n && Literals.isWhitespace(text.charAt(position))) {
      position++;
    }
    int start = position;
    if (start >= n) {
      return token(Token.EOF, start, start - 1, "<EOF>");
    }
    char c = text.charAt(start);
    int single = single(c);
    if (single != 0) {
      position = start + 1;
      return token(single, start, start, String.valueOf(c));
    }
    if (c == '"') {
      int end = stringEnd(start);
      if (end < 0) {
        Literals.PathProblem problem = Literals.stringError(text, start);
        throw mode.error(
            mode == SyntaxMode.PATCH_PATH && text.lastIndexOf('[', start) >= 0,
            problem.offset(),
            problem.message());
      }
      return emit(ScimFilterLexer.STRING, start, end);
    }
    int bare = start;
    while (bare < n && !isDelimiter(text.charAt(bare))) {
      bare++;
    }
    int number = numberEnd(start);
    int name = Literals.isNameStart(c) ? nameEnd(start + 1, true) : start;
    int sub =
        c == '.' && start + 1 < n && Literals.isNameStart(text.charAt(start + 1))
            ? nameEnd(start + 2, false)
            : start;
    int longest = Math.max(number, Math.max(name, sub));
    if (bare > longest) {
      return emit(ScimFilterLexer.BAREWORD, start, bare);
    }
    if (name == longest && name > start) {
      return emit(keywordOr(start, name), start, name);
    }
    if (number == longest) {
      return emit(ScimFilterLexer.NUMBER, start, number);
    }
    return emit(ScimFilterLexer.SUB_ATTR, start, sub);
  }

  private Token emit(int type, int start, int end) {
    position = end;
    return token(type, start, end - 1, text.substring(start, end));
  }

  private Token token(int type, int start, int stop, String tokenText) {
    CommonToken token = new CommonToken(type, tokenText);
    token.setStartIndex(start);
    token.setStopIndex(stop);
    token.setLine(1);
    token.setCharPositionInLine(start);
    return token;
  }

  private static int single(char c) {
    return switch (c) {
      case '(' -> ScimFilterLexer.LPAREN;
      case ')' -> ScimFilterLexer.RPAREN;
      case '[' -> ScimFilterLexer.LBRACKET;
      case ']' -> ScimFilterLexer.RBRACKET;
      case ',' -> ScimFilterLexer.COMMA;
      default -> 0;
    };
  }

  private static boolean isDelimiter(char c) {
    return Literals.isWhitespace(c)
        || c == '('
        || c == ')'
        || c == '['
        || c == ']'
        || c == '"'
        || c == ',';
  }

  /** A keyword when the NAME is exactly one (ASCII letters, any case), else NAME. */
  private int keywordOr(int start, int end) {
    int length = end - start;
    if (length > 5) {
      return ScimFilterLexer.NAME;
    }
    for (int k = 0; k < KEYWORDS.length; k++) {
      String keyword = KEYWORDS[k];
      if (keyword.length() == length && asciiMatches(start, keyword)) {
        return KEYWORD_TYPES[k];
      }
    }
    return ScimFilterLexer.NAME;
  }

  private boolean asciiMatches(int start, String lowerCase) {
    for (int i = 0; i < lowerCase.length(); i++) {
      char c = text.charAt(start + i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + 32);
      }
      if (c != lowerCase.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The end of the name characters from {@code i}; colons and dots only in a NAME. */
  private int nameEnd(int i, boolean nameToken) {
    while (i < text.length()) {
      char c = text.charAt(i);
      boolean ok =
          nameToken ? Literals.isNameChar(c) : Literals.isNameChar(c) && c != ':' && c != '.';
      if (!ok) {
        break;
      }
      i++;
    }
    return i;
  }

  /** The end of the longest JSON number starting at {@code start}, or {@code start}. */
  private int numberEnd(int start) {
    int n = text.length();
    int i = start;
    if (i < n && text.charAt(i) == '-') {
      i++;
    }
    if (i >= n) {
      return start;
    }
    char c = text.charAt(i);
    if (c == '0') {
      i++;
    } else if (c >= '1' && c <= '9') {
      i = digits(i + 1);
    } else {
      return start;
    }
    if (i + 1 < n && text.charAt(i) == '.' && isDigit(text.charAt(i + 1))) {
      i = digits(i + 1);
    }
    if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      int j = i + 1;
      if (j < n && (text.charAt(j) == '+' || text.charAt(j) == '-')) {
        j++;
      }
      if (j < n && isDigit(text.charAt(j))) {
        i = digits(j);
      }
    }
    return i;
  }

  private int digits(int i) {
    while (i < text.length() && isDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The index after the closing quote of a valid JSON string at {@code start}, or -1. */
  private int stringEnd(int start) {
    int n = text.length();
    for (int i = start + 1; i < n; i++) {
      char c = text.charAt(i);
      if (c == '"') {
        return i + 1;
      }
      if (c < 0x20) {
        return -1;
      }
      if (c == '\\') {
        if (i + 1 >= n) {
          return -1;
        }
        char e = text.charAt(i + 1);
        if (e == 'u') {
          if (i + 6 > n) {
            return -1;
          }
          for (int k = i + 2; k < i + 6; k++) {
            if (Character.digit(text.charAt(k), 16) < 0 || text.charAt(k) > 'f') {
              return -1;
            }
          }
          i += 5;
        } else if ("\"\\/bfnrt".indexOf(e) >= 0) {
          i++;
        } else {
          return -1;
        }
      }
    }
    return -1;
  }

  @Override
  public int getLine() {
    return 1;
  }

  @Override
  public int getCharPositionInLine() {
    return position;
  }

  @Override
  public @Nullable CharStream getInputStream() {
    return null;
  }

  @Override
  public String getSourceName() {
    return "filter";
  }

  @Override
  public void setTokenFactory(TokenFactory<?> factory) {
    // tokens are built directly
  }

  @Override
  public TokenFactory<?> getTokenFactory() {
    return CommonTokenFactory.DEFAULT;
  }
}
