package io.scimworks.filter;

import java.util.List;
import java.util.Objects;

/**
 * An immutable SCIM filter (RFC 7644 §3.4.2.2) as a syntax tree. Nodes are records, equal by value.
 * Parsed {@code and}/{@code or} chains are left-deep binary trees ({@code a and b and c} is {@code
 * (a and b) and c}); equality, hashing, printing and evaluation walk them without recursion, so any
 * tree the parser accepts is safe to compare, hash, print and evaluate.
 *
 * <p>Parse one with {@link #parse(String)} (or a configured {@link FilterParser}), build one with
 * {@link Filters}, print one with {@code toString()} or {@link FilterPrinter} (canonical text that
 * re-parses to an equal tree), evaluate one against a JSON resource with {@link FilterEvaluator},
 * translate one with a {@link FilterVisitor}.
 *
 * <pre>{@code
 * Filter f = Filter.parse("userName eq \"bjensen\" and emails[type eq \"work\"]");
 * Filter g = Filters.eq("userName", "bjensen").and(Filters.present("title"));
 * }</pre>
 */
public sealed interface Filter
    permits Filter.And, Filter.Or, Filter.Not, Filter.Compare, Filter.Present, Filter.ValuePath {

  /**
   * Parses a filter with the default (strict) parser.
   *
   * @throws FilterException with {@code scimType} {@code invalidFilter}, naming the position
   */
  static Filter parse(String text) {
    return FilterParser.defaults().parseFilter(text);
  }

  /** {@code this and other}. */
  default Filter and(Filter other) {
    return new And(this, other);
  }

  /** {@code this or other}. */
  default Filter or(Filter other) {
    return new Or(this, other);
  }

  /** {@code not (this)}. */
  default Filter negate() {
    return new Not(this);
  }

  /** Calls the visitor's method for this node's kind. */
  <R> R accept(FilterVisitor<R> visitor);

  /** {@code left and right}. */
  record And(Filter left, Filter right) implements Filter {
    /** Rejects nulls. */
    public And {
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(right, "right");
    }

    @Override
    public <R> R accept(FilterVisitor<R> visitor) {
      return visitor.visitAnd(this);
    }

    /**
     * The operands of this chain of {@code and}s, left to right, nested {@code and}s flattened:
     * {@code a}, {@code b}, {@code c} for {@code a and b and c}. Visitors iterate over these rather
     * than recursing along {@link #left()}, since a parsed filter may chain up to {@link
     * FilterParser.Builder#maxTerms(int)} terms.
     */
    public List<Filter> operands() {
      return FilterTrees.operands(this);
    }

    /** Structural equality, computed without recursion (chains can be long). */
    @Override
    public boolean equals(Object other) {
      return FilterTrees.equal(this, other);
    }

    /** Consistent with {@link #equals}, computed without recursion. */
    @Override
    public int hashCode() {
      return FilterTrees.hash(this);
    }

    @Override
    public String toString() {
      return FilterPrinter.print(this);
    }
  }

  /** {@code left or right}. */
  record Or(Filter left, Filter right) implements Filter {
    /** Rejects nulls. */
    public Or {
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(right, "right");
    }

    @Override
    public <R> R accept(FilterVisitor<R> visitor) {
      return visitor.visitOr(this);
    }

    /**
     * The operands of this chain of {@code or}s, left to right, nested {@code or}s flattened:
     * {@code a}, {@code b}, {@code c} for {@code a or b or c}. Visitors iterate over these rather
     * than recursing along {@link #left()}, since a parsed filter may chain up to {@link
     * FilterParser.Builder#maxTerms(int)} terms.
     */
    public List<Filter> operands() {
      return FilterTrees.operands(this);
    }

    /** Structural equality, computed without recursion (chains can be long). */
    @Override
    public boolean equals(Object other) {
      return FilterTrees.equal(this, other);
    }

    /** Consistent with {@link #equals}, computed without recursion. */
    @Override
    public int hashCode() {
      return FilterTrees.hash(this);
    }

    @Override
    public String toString() {
      return FilterPrinter.print(this);
    }
  }

  /** {@code not (filter)}. */
  record Not(Filter filter) implements Filter {
    /** Rejects null. */
    public Not {
      Objects.requireNonNull(filter, "filter");
    }

    @Override
    public <R> R accept(FilterVisitor<R> visitor) {
      return visitor.visitNot(this);
    }

    /** Structural equality, computed without recursion (chains can be long). */
    @Override
    public boolean equals(Object other) {
      return FilterTrees.equal(this, other);
    }

    /** Consistent with {@link #equals}, computed without recursion. */
    @Override
    public int hashCode() {
      return FilterTrees.hash(this);
    }

    @Override
    public String toString() {
      return FilterPrinter.print(this);
    }
  }

  /** {@code path op value}, e.g. {@code userName eq "bjensen"}. */
  record Compare(AttributePath path, CompareOperator operator, CompareValue value)
      implements Filter {
    /** Rejects nulls. */
    public Compare {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(operator, "operator");
      Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(FilterVisitor<R> visitor) {
      return visitor.visitCompare(this);
    }

    @Override
    public String toString() {
      return FilterPrinter.print(this);
    }
  }

  /** {@code path pr}: the attribute has a non-empty value. */
  record Present(AttributePath path) implements Filter {
    /** Rejects null. */
    public Present {
      Objects.requireNonNull(path, "path");
    }

    @Override
    public <R> R accept(FilterVisitor<R> visitor) {
      return visitor.visitPresent(this);
    }

    @Override
    public String toString() {
      return FilterPrinter.print(this);
    }
  }

  /**
   * {@code path[filter]}, e.g. {@code emails[type eq "work" and value co "@example.com"]}: some
   * element of the (usually multi-valued, complex) attribute satisfies the whole inner filter.
   * Paths inside {@code filter} are relative to the element.
   */
  record ValuePath(AttributePath path, Filter filter) implements Filter {
    /** Rejects nulls. */
    public ValuePath {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(filter, "filter");
    }

    @Override
    public <R> R accept(FilterVisitor<R> visitor) {
      return visitor.visitValuePath(this);
    }

    /** Structural equality, computed without recursion (chains can be long). */
    @Override
    public boolean equals(Object other) {
      return FilterTrees.equal(this, other);
    }

    /** Consistent with {@link #equals}, computed without recursion. */
    @Override
    public int hashCode() {
      return FilterTrees.hash(this);
    }

    @Override
    public String toString() {
      return FilterPrinter.print(this);
    }
  }
}
