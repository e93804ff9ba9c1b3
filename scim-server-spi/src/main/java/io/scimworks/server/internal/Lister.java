package io.scimworks.server.internal;

import io.scimworks.filter.AttributePath;
import io.scimworks.filter.Filter;
import io.scimworks.server.ScimResponse;
import io.scimworks.server.spi.ResourceMatcher;
import io.scimworks.server.spi.StoredResource;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.node.ObjectNode;

/** Answers {@code GET /Users?...} and {@code POST /Users/.search} with a ListResponse. */
final class Lister {

  private final TypeEndpoint endpoint;

  Lister(TypeEndpoint endpoint) {
    this.endpoint = endpoint;
  }

  /**
   * {@code view} computed once per resource: a sort compares each resource many times, and the view
   * of a user with its groups reads its memberships.
   */
  static Function<StoredResource, ObjectNode> seen(Function<StoredResource, ObjectNode> view) {
    Map<StoredResource, ObjectNode> views = new IdentityHashMap<>();
    return s -> views.computeIfAbsent(s, view);
  }

  ScimResponse list(Exchange ex, SearchSpec spec) {
    endpoint.projection(spec.projection()); // a bad attribute list is a 400 even if none is found
    ServerModel model = endpoint.model();
    Filters.Compiled compiled =
        spec.filter() == null
            ? null
            : model.filters().compile(model.registry(), endpoint.def().type(), spec.filter());
    Filter filter = compiled == null ? null : compiled.filter();
    ResourceMatcher matcher = compiled == null ? ResourceMatcher.ALL : compiled.matcher();
    Function<StoredResource, ObjectNode> view =
        compiled != null && compiled.managed()
            ? s -> ManagedAttributes.view(endpoint, s, ex, compiled.groups())
            : null;
    AttributePath sortBy = spec.sortBy() == null ? null : model.filters().parsePath(spec.sortBy());
    Comparator<StoredResource> sorter = null;
    boolean managedSort = sortBy != null && ManagedAttributes.names(sortBy);
    boolean sortGroups = managedSort && ManagedAttributes.isGroups(sortBy);
    if (sortBy != null) {
      Comparator<ObjectNode> byNode =
          model
              .filters()
              .sorter(model.registry(), endpoint.def().type(), spec.sortBy(), spec.descending());
      sorter =
          managedSort
              ? Comparator.comparing(
                  seen(s -> ManagedAttributes.view(endpoint, s, ex, sortGroups)), byNode)
              : Comparator.comparing(StoredResource::resource, byNode);
    }
    // what a cursor is bound to; built only when the request pages by cursor
    String scope = spec.cursor() == null ? "" : spec.scope(ex.tenant(), endpoint.def().name());
    long offset = spec.startIndex() - 1L;
    String after = null;
    if (spec.cursor() != null && !spec.cursor().isEmpty()) {
      Cursors.Position position = model.cursors().read(scope, spec.cursor());
      offset = position.offset();
      after = position.key();
    }
    Finder.Page page =
        Finder.find(
            endpoint.reader(spec.projection(), compiled, sortGroups),
            endpoint.ctx(ex),
            new Finder.Query(
                filter,
                matcher,
                managedSort ? null : sortBy, // the repository does not hold what to sort by
                sorter,
                spec.descending(),
                offset,
                spec.count(),
                view,
                after),
            model.metrics());
    String nextCursor = null;
    String previousCursor = null;
    if (spec.cursor() != null) {
      long next = offset + page.resources().size();
      if (page.keyed()) {
        // the repository says whether more follow: counting positions would skip resources
        // when others before the cursor were deleted meanwhile
        if (page.nextKey() != null && !page.resources().isEmpty()) {
          nextCursor = model.cursors().issue(scope, next, page.nextKey());
        }
      } else if (next < page.total() && !page.resources().isEmpty()) {
        nextCursor = model.cursors().issue(scope, next);
      }
      if (offset > 0) {
        // by index, also after a keyed page: keys lead forward only (previousCursor is optional)
        previousCursor = model.cursors().issue(scope, Math.max(0, offset - spec.count()));
      }
    }
    List<StoredResource> resources = page.resources();
    long startIndex = offset + 1;
    boolean byIndex = spec.cursor() == null;
    byte[] body =
        Responses.list(
            page.total(),
            resources.size(),
            byIndex ? startIndex : 0,
            nextCursor,
            previousCursor,
            g -> {
              for (StoredResource s : resources) {
                Renderer.write(g, endpoint, s, ex, spec.projection(), ETags.of(s.version()));
              }
            });
    return Responses.json(200, body, Map.of());
  }
}
