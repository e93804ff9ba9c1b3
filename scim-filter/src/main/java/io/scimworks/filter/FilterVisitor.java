package io.scimworks.filter;

/**
 * Visits a {@link Filter} tree; implement it to translate filters to another language (SQL, LDAP).
 *
 * <p>A parsed filter may chain up to {@link FilterParser#DEFAULT_MAX_TERMS} terms with {@code and}
 * or {@code or}, as nested nodes; iterate over {@link Filter.And#operands()} and {@link
 * Filter.Or#operands()} rather than recursing along {@code left()}, so that the stack stays
 * shallow.
 *
 * @param <R> what each visit returns
 */
public interface FilterVisitor<R> {
  /** Visits {@code left and right}. */
  R visitAnd(Filter.And and);

  /** Visits {@code left or right}. */
  R visitOr(Filter.Or or);

  /** Visits {@code not (f)}. */
  R visitNot(Filter.Not not);

  /** Visits {@code path op value}. */
  R visitCompare(Filter.Compare compare);

  /** Visits {@code path pr}. */
  R visitPresent(Filter.Present present);

  /** Visits {@code path[filter]}. */
  R visitValuePath(Filter.ValuePath valuePath);
}
