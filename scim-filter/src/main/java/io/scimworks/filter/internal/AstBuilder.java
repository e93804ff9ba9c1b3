package io.scimworks.filter.internal;

import io.scimworks.filter.AttributePath;
import io.scimworks.filter.CompareOperator;
import io.scimworks.filter.CompareValue;
import io.scimworks.filter.Filter;
import io.scimworks.filter.FilterException;
import io.scimworks.filter.PatchPath;
import java.math.BigDecimal;
import org.antlr.v4.runtime.Token;
import org.jspecify.annotations.Nullable;

/**
 * Called by the grammar's actions: builds AST nodes from tokens and enforces what the grammar does
 * not (valid names, strict values, the term limit, no value filter inside a value filter).
 */
final class AstBuilder {
  static final CompareValue TRUE = new CompareValue.BooleanValue(true);
  static final CompareValue FALSE = new CompareValue.BooleanValue(false);

  private final SyntaxMode mode;
  private final ParseOptions options;
  private int brackets;
  private int bracketPosition = -1;
  private int terms;

  AstBuilder(SyntaxMode mode, ParseOptions options) {
    this.mode = mode;
    this.options = options;
  }

  boolean insideBrackets() {
    return brackets > 0;
  }

  AttributePath path(Token token) {
    String name = token.getText();
    AttributePath path = Literals.path(name);
    if (path == null) {
      Literals.PathProblem problem = Literals.pathError(name);
      throw error(position(token) + problem.offset(), problem.message());
    }
    return path;
  }

  Filter present(Token start, AttributePath path) {
    countTerm(start);
    return new Filter.Present(path);
  }

  Filter compare(Token start, AttributePath path, CompareOperator op, CompareValue value) {
    countTerm(start);
    return new Filter.Compare(path, op, value);
  }

  CompareValue string(Token token) {
    String text = token.getText();
    int lone = Literals.unpairedSurrogate(text, 0, text.length());
    if (lone >= 0) {
      throw error(position(token) + lone, Literals.UNPAIRED_SURROGATE);
    }
    return new CompareValue.StringValue(Literals.unquote(text));
  }

  CompareValue number(Token token) {
    String text = token.getText();
    BigDecimal value = Literals.number(text);
    if (value == null) {
      throw error(
          position(token),
          "expected a number of at most "
              + Literals.MAX_NUMBER_DIGITS
              + " digits and at most "
              + Literals.MAX_NUMBER_SCALE
              + " places from the decimal point");
    }
    return new CompareValue.NumberValue(value, text);
  }

  CompareValue bareWord(Token token) {
    if (!options.lenient()) {
      throw error(
          position(token),
          "expected a value (a JSON string in double quotes, a number, true, false or null) but"
              + " found '"
              + SyntaxErrors.excerpt(token.getText())
              + "'");
    }
    return new CompareValue.StringValue(token.getText());
  }

  void enterBrackets(Token bracket) {
    if (brackets > 0) {
      throw error(
          position(bracket),
          "expected a comparison, 'pr' or a logical expression inside a value filter;"
              + " value filters cannot be nested");
    }
    brackets++;
    bracketPosition = position(bracket);
  }

  void exitBrackets() {
    brackets--;
  }

  PatchPath patchPath(AttributePath path, @Nullable Filter filter, @Nullable Token subAttribute) {
    if (filter != null && path.hasSubAttribute()) {
      throw mode.error(
          false,
          bracketPosition,
          "expected '[' after an attribute name, not after a sub-attribute ("
              + path
              + "); write the sub-attribute after ']'");
    }
    String sub = subAttribute == null ? null : subAttribute.getText().substring(1);
    if (sub != null && !Literals.isAttributeName(sub)) {
      throw mode.error(
          false,
          position(subAttribute) + 1,
          "expected a sub-attribute name but found '" + SyntaxErrors.excerpt(sub) + "'");
    }
    return new PatchPath(path, filter, sub);
  }

  private void countTerm(Token start) {
    if (++terms > options.maxTerms()) {
      throw error(
          position(start), "expected at most " + options.maxTerms() + " comparisons in one filter");
    }
  }

  private FilterException error(int position, String message) {
    return mode.error(insideBrackets(), position, message);
  }

  private int position(Token token) {
    return token.getStartIndex();
  }
}
