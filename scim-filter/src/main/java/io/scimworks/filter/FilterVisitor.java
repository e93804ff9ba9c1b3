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
  /**
   * Visits {@code left and right}; iterate {@link Filter.And#operands()} rather than recursing.
   *
   * @param and the node, never null
   * @return the translation of the node (and of whatever the visitor chose to visit below it)
   */
  R visitAnd(Filter.And and);

  /**
   * Visits {@code left or right}; iterate {@link Filter.Or#operands()} rather than recursing.
   *
   * @param or the node, never null
   * @return the translation of the node (and of whatever the visitor chose to visit below it)
   */
  R visitOr(Filter.Or or);

  /**
   * Visits {@code not (f)}.
   *
   * @param not the node, never null
   * @return the translation of the node (and of whatever the visitor chose to visit below it)
   */
  R visitNot(Filter.Not not);

  /**
   * Visits {@code path op value}.
   *
   * @param compare the node, never null
   * @return the translation of the node (and of whatever the visitor chose to visit below it)
   */
  R visitCompare(Filter.Compare compare);

  /**
   * Visits {@code path pr}.
   *
   * @param present the node, never null
   * @return the translation of the node (and of whatever the visitor chose to visit below it)
   */
  R visitPresent(Filter.Present present);

  /**
   * Visits {@code path[filter]}.
   *
   * @param valuePath the node, never null
   * @return the translation of the node (and of whatever the visitor chose to visit below it)
   */
  R visitValuePath(Filter.ValuePath valuePath);
}
