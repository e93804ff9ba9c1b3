package io.scimworks.server.internal;

import io.scimworks.filter.Filter;
import io.scimworks.server.spi.Repository;
import org.jspecify.annotations.Nullable;

/**
 * Splits a filter into the part a repository answers natively and the rest. Each comparison,
 * presence test and value path is asked of {@link Repository#supportsFilter(Filter)}; {@code and},
 * {@code or} and {@code not} are combined here so that the pre-filter is conservative: every
 * resource the whole filter matches also matches the pre-filter.
 */
final class PushDown {
  private PushDown() {}

  /**
   * What to ask the repository.
   *
   * @param preFilter the filter the repository answers, or {@code null} for all resources
   * @param exact whether {@code preFilter} is the whole filter (no check in memory needed)
   */
  record Plan(@Nullable Filter preFilter, boolean exact) {
    static final Plan ALL = new Plan(null, true);
    static final Plan NOTHING = new Plan(null, false);
  }

  static Plan plan(Repository repo, @Nullable Filter filter) {
    if (filter == null) {
      return Plan.ALL;
    }
    return split(repo, filter, 0);
  }

  private static Plan split(Repository repo, Filter filter, int depth) {
    if (depth > 200) {
      // The parser bounds nesting; this guards hand-built trees. In memory is always right.
      return Plan.NOTHING;
    }
    if (filter instanceof Filter.And and) {
      Plan l = split(repo, and.left(), depth + 1);
      Plan r = split(repo, and.right(), depth + 1);
      if (l.preFilter() == null || r.preFilter() == null) {
        // an unanswered side only narrows: keep the other side as the pre-filter
        return new Plan(l.preFilter() == null ? r.preFilter() : l.preFilter(), false);
      }
      boolean exact = l.exact() && r.exact();
      return new Plan(exact ? filter : new Filter.And(l.preFilter(), r.preFilter()), exact);
    }
    if (filter instanceof Filter.Or or) {
      Plan l = split(repo, or.left(), depth + 1);
      Plan r = split(repo, or.right(), depth + 1);
      if (l.preFilter() == null || r.preFilter() == null) {
        return Plan.NOTHING;
      }
      boolean exact = l.exact() && r.exact();
      return new Plan(exact ? filter : new Filter.Or(l.preFilter(), r.preFilter()), exact);
    }
    if (filter instanceof Filter.Not not) {
      Plan inner = split(repo, not.filter(), depth + 1);
      return inner.exact() && inner.preFilter() != null ? new Plan(filter, true) : Plan.NOTHING;
    }
    // A server-managed attribute (id, meta.location...) is not in the stored resource.
    return !ManagedAttributes.referencedBy(filter, repo.filtersOnId())
            && repo.supportsFilter(filter)
        ? new Plan(filter, true)
        : Plan.NOTHING;
  }
}
