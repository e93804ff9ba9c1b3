package io.scimworks.filter.internal;

import io.scimworks.filter.AttributePath;
import io.scimworks.filter.Filter;
import io.scimworks.filter.FilterException;
import io.scimworks.filter.PatchPath;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Runs the tokenizer and the ANTLR parser under the configured limits. The input's length and its
 * nesting depth are checked before ANTLR sees it, so that its recursion stays shallow; errors
 * become {@link FilterException}s and nothing is printed.
 */
public final class FilterSyntax {

  private FilterSyntax() {}

  /** Parses a filter; simple {@code attr op value} filters take the fast path. */
  public static Filter filter(String text, ParseOptions options) {
    checkLimits(text, SyntaxMode.FILTER, options);
    Filter simple = SimpleFilterScanner.scan(text);
    if (simple != null) {
      return simple;
    }
    return parse(text, SyntaxMode.FILTER, options, p -> p.filterInput().f);
  }

  /** Parses a filter with ANTLR only (no fast path); the fast path's property test compares. */
  public static Filter filterWithoutFastPath(String text, ParseOptions options) {
    checkLimits(text, SyntaxMode.FILTER, options);
    return parse(text, SyntaxMode.FILTER, options, p -> p.filterInput().f);
  }

  /** Parses a PATCH path. */
  public static PatchPath patchPath(String text, ParseOptions options) {
    checkLimits(text, SyntaxMode.PATCH_PATH, options);
    return parse(text, SyntaxMode.PATCH_PATH, options, p -> p.patchPathInput().p);
  }

  /** Parses one attribute path. */
  public static AttributePath attributePath(String text, ParseOptions options) {
    checkLimits(text, SyntaxMode.ATTRIBUTE_PATH, options);
    AttributePath simple = text.isEmpty() ? null : Literals.path(text);
    if (simple != null && Literals.isNameStart(text.charAt(0)) && allNameChars(text)) {
      return simple;
    }
    return parse(text, SyntaxMode.ATTRIBUTE_PATH, options, p -> p.attributePathInput().p);
  }

  /** Parses a comma-separated attribute list; a blank list is empty. */
  public static List<AttributePath> attributeList(String text, ParseOptions options) {
    checkLimits(text, SyntaxMode.ATTRIBUTE_LIST, options);
    if (text.isBlank()) {
      return List.of();
    }
    return List.copyOf(
        parse(text, SyntaxMode.ATTRIBUTE_LIST, options, p -> p.attributeListInput().l));
  }

  private static boolean allNameChars(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!Literals.isNameChar(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static <T> T parse(
      String text, SyntaxMode mode, ParseOptions options, Function<ScimFilterParser, T> rule) {
    return parse(text, mode, options, rule, PredictionMode.SLL);
  }

  /**
   * Parses a filter with a given prediction mode; the grammar needs no full context, so SLL (the
   * fast mode every parse uses) and LL agree, which a property test checks through this method.
   */
  public static Filter filterWithPredictionMode(
      String text, ParseOptions options, PredictionMode prediction) {
    checkLimits(text, SyntaxMode.FILTER, options);
    return parse(text, SyntaxMode.FILTER, options, p -> p.filterInput().f, prediction);
  }

  private static <T> T parse(
      String text,
      SyntaxMode mode,
      ParseOptions options,
      Function<ScimFilterParser, T> rule,
      PredictionMode prediction) {
    try {
      return run(text, mode, options, rule, prediction);
    } catch (ParseCancellationException e) {
      throw e.getCause() instanceof Located located
          ? located.exception
          : new FilterException(mode.scimType(false), 0, "Invalid " + mode.name());
    }
  }

  private static <T> T run(
      String text,
      SyntaxMode mode,
      ParseOptions options,
      Function<ScimFilterParser, T> rule,
      PredictionMode prediction) {
    ScimFilterParser parser =
        new ScimFilterParser(new CommonTokenStream(new FilterTokenizer(text, mode)));
    parser.removeErrorListeners();
    parser.setErrorHandler(new BailErrorStrategy());
    parser.setBuildParseTree(false);
    parser.getInterpreter().setPredictionMode(prediction);
    AstBuilder ast = new AstBuilder(mode, options);
    parser.ast = ast;
    try {
      return rule.apply(parser);
    } catch (ParseCancellationException e) {
      if (e.getCause() instanceof RecognitionException re) {
        throw new ParseCancellationException(
            new Located(SyntaxErrors.parserError(text, mode, ast.insideBrackets(), parser, re)));
      }
      throw e;
    }
  }

  /** Rejects input that is too long or too deeply nested before ANTLR recurses into it. */
  static void checkLimits(String text, SyntaxMode mode, ParseOptions options) {
    Objects.requireNonNull(text, "text");
    if (text.length() > options.maxLength()) {
      throw mode.error(
          false,
          options.maxLength(),
          "expected at most " + options.maxLength() + " characters but found " + text.length());
    }
    int depth = 0;
    boolean brackets = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        i = skipString(text, i);
      } else if (c == '(' || c == '[') {
        brackets |= c == '[';
        if (++depth > options.maxDepth()) {
          throw mode.error(
              brackets && mode == SyntaxMode.PATCH_PATH,
              i,
              "expected at most " + options.maxDepth() + " nested parentheses or brackets");
        }
      } else if ((c == ')' || c == ']') && depth > 0) {
        depth--;
      }
    }
  }

  /** The index of the closing quote of the string starting at {@code start}, or the end. */
  private static int skipString(String text, int start) {
    for (int i = start + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        return i;
      }
    }
    return text.length();
  }

  /** Carries a finished FilterException through ANTLR's cancellation. */
  private static final class Located extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient FilterException exception;

    Located(FilterException exception) {
      super(null, null, false, false);
      this.exception = exception;
    }
  }
}
