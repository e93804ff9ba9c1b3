package io.scimworks.server.internal;

import io.scimworks.filter.AttributePath;
import io.scimworks.filter.Filter;
import io.scimworks.server.spi.Capabilities;
import io.scimworks.server.spi.Repository;
import io.scimworks.server.spi.RequestContext;
import io.scimworks.server.spi.ResourceMatcher;
import io.scimworks.server.spi.SearchQuery;
import io.scimworks.server.spi.SearchResult;
import io.scimworks.server.spi.ServerMetrics;
import io.scimworks.server.spi.ServerMetrics.FilterEvaluation;
import io.scimworks.server.spi.StoredResource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs a search against a repository, pushing down what its {@link Capabilities} declare and doing
 * the rest (filter, sort, page) in memory, so that every repository answers every query correctly.
 */
final class Finder {
  private Finder() {}

  private static FilterEvaluation evaluation(PushDown.Plan plan) {
    if (plan.exact()) {
      return FilterEvaluation.REPOSITORY;
    }
    return plan.preFilter() == null ? FilterEvaluation.IN_MEMORY : FilterEvaluation.PRE_FILTERED;
  }

  /**
   * One page of a search.
   *
   * @param keyed whether the repository paged by key: then {@code nextKey} (null on the last page)
   *     is where the next page continues
   */
  record Page(List<StoredResource> resources, long total, boolean keyed, @Nullable String nextKey) {
    Page(List<StoredResource> resources, long total) {
      this(resources, total, false, null);
    }
  }

  /**
   * A query to run.
   *
   * @param view when the filter names server-managed attributes, the resource as the client sees
   *     it, on which the matcher is then evaluated (by the server only); {@code null} otherwise
   * @param after a key of the repository to continue after (from a cursor), used when the
   *     repository pages by key and answers the whole query; else {@code offset} applies
   * @param sortBy the sort attribute a repository may apply; {@code null} with a {@code sorter}
   *     when only the server can order (a server-managed attribute): then all is sorted in memory
   */
  record Query(
      @Nullable Filter filter,
      ResourceMatcher matcher,
      @Nullable AttributePath sortBy,
      @Nullable Comparator<StoredResource> sorter,
      boolean descending,
      long offset,
      int count,
      @Nullable Function<StoredResource, ObjectNode> view,
      @Nullable String after) {

    /** A query whose filter names no server-managed attribute. */
    Query(
        @Nullable Filter filter,
        ResourceMatcher matcher,
        @Nullable AttributePath sortBy,
        @Nullable Comparator<StoredResource> sorter,
        boolean descending,
        long offset,
        int count) {
      this(filter, matcher, sortBy, sorter, descending, offset, count, null, null);
    }

    boolean matches(StoredResource s) {
      return matcher.matches(view == null ? s.resource() : view.apply(s));
    }

    /**
     * What the repository may apply: on stored resources a managed attribute is not there. When the
     * repository answers the whole filter ({@code exact}), the only managed attribute in it is
     * {@code id}, which it evaluates on resources with their id set ({@link
     * Repository#filtersOnId()}).
     */
    ResourceMatcher forRepository(boolean exact) {
      return view == null || exact ? matcher : ResourceMatcher.ALL;
    }
  }

  static Page find(Repository repo, RequestContext ctx, Query q, ServerMetrics metrics) {
    Capabilities caps = repo.capabilities();
    PushDown.Plan plan = PushDown.plan(repo, q.filter());
    // ManagedAttributes keeps such leaves from the repository, so the plan is never exact then.
    if (q.filter() != null) {
      metrics.searched(ctx.resourceType(), evaluation(plan));
    }
    boolean filterDown = plan.exact();
    // a sorter without sortBy orders what the repository cannot see (server-managed attributes)
    boolean sortDown = q.sortBy() == null ? q.sorter() == null : repo.supportsSort(q.sortBy());
    boolean keyed = caps.paging() && repo.pagesByKey();
    String after = keyed ? q.after() : null;
    if (caps.paging()
        && filterDown
        && sortDown
        && (after != null || q.offset() < Integer.MAX_VALUE)) {
      SearchResult r =
          repo.search(
              ctx,
              new SearchQuery(
                  q.filter(),
                  q.forRepository(true),
                  q.sortBy(),
                  q.descending(),
                  after != null ? 1 : (int) q.offset() + 1,
                  q.count(),
                  after));
      List<StoredResource> page = r.resources();
      if (page.size() > q.count()) {
        // more than asked for: its key would point past what the client got, so page by index
        return new Page(page.subList(0, q.count()), r.totalResults());
      }
      return new Page(page, r.totalResults(), keyed, r.nextKey());
    }
    // The repository answers a conservative pre-filter (every match of the whole filter matches
    // it); the matcher then decides exactly. Passing the whole filter's matcher along is safe: a
    // repository applying it returns a subset of the pre-filter's matches that holds every match.
    SearchResult all =
        repo.search(
            ctx,
            new SearchQuery(
                plan.preFilter(),
                q.forRepository(plan.exact()),
                sortDown ? q.sortBy() : null,
                q.descending(),
                1,
                Integer.MAX_VALUE));
    List<StoredResource> matches = new ArrayList<>(all.resources().size());
    for (StoredResource s : all.resources()) {
      if (filterDown || q.matches(s)) {
        matches.add(s);
      }
    }
    if (!sortDown && q.sorter() != null) {
      matches.sort(q.sorter());
    }
    int from = (int) Math.min(q.offset(), matches.size());
    int to = (int) Math.min((long) from + q.count(), matches.size());
    return new Page(new ArrayList<>(matches.subList(from, to)), matches.size());
  }
}
