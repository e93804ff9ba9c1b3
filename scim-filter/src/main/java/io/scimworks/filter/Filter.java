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
   * @param text the filter text, such as {@code userName eq "bjensen"}; at most {@link
   *     FilterParser#DEFAULT_MAX_LENGTH} characters
   * @return the immutable syntax tree
   * @throws FilterException with {@code scimType} {@code invalidFilter}, naming the position
   */
  static Filter parse(String text) {
    return FilterParser.defaults().parseFilter(text);
  }

  /**
   * {@code this and other}.
   *
   * @param other the right operand; not null
   * @return a new {@link And} node with this filter on the left
   */
  default Filter and(Filter other) {
    return new And(this, other);
  }

  /**
   * {@code this or other}.
   *
   * @param other the right operand; not null
   * @return a new {@link Or} node with this filter on the left
   */
  default Filter or(Filter other) {
    return new Or(this, other);
  }

  /**
   * {@code not (this)}.
   *
   * @return a new {@link Not} node wrapping this filter (never simplified: {@code not not f} stays)
   */
  default Filter negate() {
    return new Not(this);
  }

  /**
   * Calls the visitor's method for this node's kind (only this node: the visitor decides whether
   * and how to descend).
   *
   * @param <R> what the visitor returns
   * @param visitor the visitor; not null
   * @return what the visitor's method returned for this node
   */
  <R> R accept(FilterVisitor<R> visitor);

  /**
   * {@code left and right}.
   *
   * @param left the left operand (the whole chain so far, in a parsed chain)
   * @param right the right operand
   */
  record And(Filter left, Filter right) implements Filter {
    /**
     * Creates the node.
     *
     * @param left the left operand; not null
     * @param right the right operand; not null
     * @throws NullPointerException when an operand is null
     */
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
     *
     * @return a new unmodifiable list of at least two operands, none of them of this node's kind
     */
    public List<Filter> operands() {
      return FilterTrees.operands(this);
    }

    /**
     * Structural equality, computed without recursion (chains can be long).
     *
     * @param other any object, or null
     * @return whether {@code other} is a node of the same kind with equal children
     */
    @Override
    public boolean equals(Object other) {
      return FilterTrees.equal(this, other);
    }

    /**
     * Consistent with {@link #equals}, computed without recursion.
     *
     * @return the structural hash code
     */
    @Override
    public int hashCode() {
      return FilterTrees.hash(this);
    }

    @Override
    public String toString() {
      return FilterPrinter.print(this);
    }
  }

  /**
   * {@code left or right}.
   *
   * @param left the left operand (the whole chain so far, in a parsed chain)
   * @param right the right operand
   */
  record Or(Filter left, Filter right) implements Filter {
    /**
     * Creates the node.
     *
     * @param left the left operand; not null
     * @param right the right operand; not null
     * @throws NullPointerException when an operand is null
     */
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
     *
     * @return a new unmodifiable list of at least two operands, none of them of this node's kind
     */
    public List<Filter> operands() {
      return FilterTrees.operands(this);
    }

    /**
     * Structural equality, computed without recursion (chains can be long).
     *
     * @param other any object, or null
     * @return whether {@code other} is a node of the same kind with equal children
     */
    @Override
    public boolean equals(Object other) {
      return FilterTrees.equal(this, other);
    }

    /**
     * Consistent with {@link #equals}, computed without recursion.
     *
     * @return the structural hash code
     */
    @Override
    public int hashCode() {
      return FilterTrees.hash(this);
    }

    @Override
    public String toString() {
      return FilterPrinter.print(this);
    }
  }

  /**
   * {@code not (filter)}.
   *
   * @param filter the negated filter
   */
  record Not(Filter filter) implements Filter {
    /**
     * Creates the node.
     *
     * @param filter the negated filter; not null
     * @throws NullPointerException when {@code filter} is null
     */
    public Not {
      Objects.requireNonNull(filter, "filter");
    }

    @Override
    public <R> R accept(FilterVisitor<R> visitor) {
      return visitor.visitNot(this);
    }

    /**
     * Structural equality, computed without recursion (chains can be long).
     *
     * @param other any object, or null
     * @return whether {@code other} is a node of the same kind with equal children
     */
    @Override
    public boolean equals(Object other) {
      return FilterTrees.equal(this, other);
    }

    /**
     * Consistent with {@link #equals}, computed without recursion.
     *
     * @return the structural hash code
     */
    @Override
    public int hashCode() {
      return FilterTrees.hash(this);
    }

    @Override
    public String toString() {
      return FilterPrinter.print(this);
    }
  }

  /**
   * {@code path op value}, e.g. {@code userName eq "bjensen"}.
   *
   * @param path the attribute compared (relative to the element inside a value path)
   * @param operator the comparison
   * @param value the literal compared with
   */
  record Compare(AttributePath path, CompareOperator operator, CompareValue value)
      implements Filter {
    /**
     * Creates the node. Whether the comparison is meaningful ({@code active gt true} is not) is
     * checked by {@link FilterEvaluator#compile(Filter)}, not here.
     *
     * @param path the attribute compared; not null
     * @param operator the comparison; not null
     * @param value the literal; not null ({@link CompareValue.NullValue} for {@code null})
     * @throws NullPointerException when an argument is null
     */
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

  /**
   * {@code path pr}: the attribute has a non-empty value.
   *
   * @param path the attribute tested
   */
  record Present(AttributePath path) implements Filter {
    /**
     * Creates the node.
     *
     * @param path the attribute tested; not null
     * @throws NullPointerException when {@code path} is null
     */
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
   *
   * @param path the multi-valued attribute whose elements are tested
   * @param filter the filter one element must satisfy, with element-relative paths
   */
  record ValuePath(AttributePath path, Filter filter) implements Filter {
    /**
     * Creates the node.
     *
     * @param path the attribute whose elements are tested; not null
     * @param filter the element filter; not null
     * @throws NullPointerException when an argument is null
     */
    public ValuePath {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(filter, "filter");
    }

    @Override
    public <R> R accept(FilterVisitor<R> visitor) {
      return visitor.visitValuePath(this);
    }

    /**
     * Structural equality, computed without recursion (chains can be long).
     *
     * @param other any object, or null
     * @return whether {@code other} is a node of the same kind with equal children
     */
    @Override
    public boolean equals(Object other) {
      return FilterTrees.equal(this, other);
    }

    /**
     * Consistent with {@link #equals}, computed without recursion.
     *
     * @return the structural hash code
     */
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
