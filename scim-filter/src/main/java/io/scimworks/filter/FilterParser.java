package io.scimworks.filter;

import io.scimworks.filter.internal.FilterSyntax;
import io.scimworks.filter.internal.ParseOptions;
import java.util.List;

/**
 * Parses SCIM filters (RFC 7644 §3.4.2.2), PATCH paths (§3.5.2), attribute paths and attribute
 * lists (§3.10) into immutable trees. Instances are immutable and thread-safe.
 *
 * <p>The grammar is exact: keywords and operators are case-insensitive ({@code userName EQ "x"},
 * {@code AND}, {@code True}), {@code not} binds tighter than {@code and}, which binds tighter than
 * {@code or}, compare values are JSON literals, and the whole input must be consumed. Every invalid
 * input raises a {@link FilterException} with {@code scimType} {@code invalidFilter} (or {@code
 * invalidPath} for paths) and a message naming the zero-based position and what was expected.
 *
 * <p>Inputs longer than {@link Builder#maxLength(int)}, nested deeper than {@link
 * Builder#maxDepth(int)} or holding more than {@link Builder#maxTerms(int)} comparisons are
 * rejected with the same exception before they can exhaust the stack or the heap.
 *
 * <pre>{@code
 * Filter f = FilterParser.defaults().parseFilter("emails[type eq \"work\" and value co \"@example.com\"]");
 * FilterParser okta = FilterParser.builder().lenient(true).build();
 * okta.parseFilter("externalId eq jyoung"); // a bare word read as the string "jyoung"
 * }</pre>
 */
public final class FilterParser {
  /** Default longest input: 64 KiB characters. */
  public static final int DEFAULT_MAX_LENGTH = 64 * 1024;

  /** Default deepest nesting of parentheses and brackets. */
  public static final int DEFAULT_MAX_DEPTH = 64;

  /** Default largest number of comparisons and presence tests in one filter. */
  public static final int DEFAULT_MAX_TERMS = 1000;

  private static final FilterParser DEFAULTS = builder().build();

  private final ParseOptions options;

  private FilterParser(ParseOptions options) {
    this.options = options;
  }

  /**
   * The strict parser with default limits.
   *
   * @return the shared instance: strict, {@value #DEFAULT_MAX_LENGTH} characters, depth {@value
   *     #DEFAULT_MAX_DEPTH}, {@value #DEFAULT_MAX_TERMS} terms
   */
  public static FilterParser defaults() {
    return DEFAULTS;
  }

  /**
   * A builder starting from the defaults (strict, default limits).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Parses a filter such as {@code userName eq "bjensen" and not (emails co "example.org")}.
   *
   * @param text the whole filter text (leading and trailing whitespace allowed); not null
   * @return the immutable syntax tree, never null
   * @throws FilterException ({@code invalidFilter}) when the text is not a filter
   */
  public Filter parseFilter(String text) {
    return FilterSyntax.filter(text, options);
  }

  /**
   * Parses a PATCH path such as {@code name.givenName}, {@code members[value eq "2819c223"]} or
   * {@code emails[type eq "work"].value}.
   *
   * @param text the whole path text; not null
   * @return the immutable path, never null
   * @throws FilterException {@code invalidPath}, or {@code invalidFilter} for an error inside the
   *     brackets
   */
  public PatchPath parsePatchPath(String text) {
    return FilterSyntax.patchPath(text, options);
  }

  /**
   * Parses one attribute path such as {@code name.givenName} or {@code
   * urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value}.
   *
   * @param text the whole path text, without brackets; not null
   * @return the path, never null
   * @throws FilterException ({@code invalidPath}) when the text is not a path
   */
  public AttributePath parseAttributePath(String text) {
    return FilterSyntax.attributePath(text, options);
  }

  /**
   * Parses the comma-separated value of {@code attributes=} or {@code excludedAttributes=}, such as
   * {@code userName,name.givenName}; whitespace around commas is allowed and a blank text is an
   * empty list.
   *
   * @param text the list text; not null
   * @return an unmodifiable list of the paths in the order written, duplicates kept; empty for a
   *     blank text
   * @throws FilterException ({@code invalidPath}) when an element is not a path
   */
  public List<AttributePath> parseAttributeList(String text) {
    return FilterSyntax.attributeList(text, options);
  }

  /**
   * Whether unquoted bare words are accepted as string values.
   *
   * @return {@code true} for a parser built with {@link Builder#lenient(boolean) lenient(true)}
   */
  public boolean isLenient() {
    return options.lenient();
  }

  @Override
  public String toString() {
    return "FilterParser" + options;
  }

  /** Configures a {@link FilterParser}. */
  public static final class Builder {
    private boolean lenient;
    private int maxLength = DEFAULT_MAX_LENGTH;
    private int maxDepth = DEFAULT_MAX_DEPTH;
    private int maxTerms = DEFAULT_MAX_TERMS;

    private Builder() {}

    /**
     * Accepts an unquoted bare word as a string value ({@code externalId eq jyoung}), as some
     * identity providers send; default {@code false} (strict RFC 7644).
     *
     * @param lenient whether bare words are accepted
     * @return this builder
     */
    public Builder lenient(boolean lenient) {
      this.lenient = lenient;
      return this;
    }

    /**
     * The longest input accepted, in characters; default {@value FilterParser#DEFAULT_MAX_LENGTH}.
     *
     * @param maxLength at least 1
     * @return this builder
     * @throws IllegalArgumentException when {@code maxLength} is less than 1
     */
    public Builder maxLength(int maxLength) {
      this.maxLength = positive(maxLength, "maxLength");
      return this;
    }

    /**
     * The deepest nesting of parentheses and brackets accepted; default {@value
     * FilterParser#DEFAULT_MAX_DEPTH}.
     *
     * @param maxDepth at least 1
     * @return this builder
     * @throws IllegalArgumentException when {@code maxDepth} is less than 1
     */
    public Builder maxDepth(int maxDepth) {
      this.maxDepth = positive(maxDepth, "maxDepth");
      return this;
    }

    /**
     * The most comparisons and presence tests one filter may hold (this also bounds the length of
     * {@code and}/{@code or} chains); default {@value FilterParser#DEFAULT_MAX_TERMS}.
     *
     * @param maxTerms at least 1
     * @return this builder
     * @throws IllegalArgumentException when {@code maxTerms} is less than 1
     */
    public Builder maxTerms(int maxTerms) {
      this.maxTerms = positive(maxTerms, "maxTerms");
      return this;
    }

    /**
     * Builds the parser; the builder can be changed and reused afterwards.
     *
     * @return a new immutable, thread-safe parser with this builder's settings
     */
    public FilterParser build() {
      return new FilterParser(new ParseOptions(lenient, maxLength, maxDepth, maxTerms));
    }

    private static int positive(int value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be positive: " + value);
      }
      return value;
    }
  }
}
