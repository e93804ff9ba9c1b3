package io.scimworks.filter;

import java.util.function.UnaryOperator;

/** The fallback of {@link AttributeResolver#caseFolding()} for a resolver that names none. */
final class SimpleCaseFolding implements UnaryOperator<String> {
  static final SimpleCaseFolding INSTANCE = new SimpleCaseFolding();

  private SimpleCaseFolding() {}

  @Override
  public String apply(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(c -> out.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
    return out.toString();
  }
}
