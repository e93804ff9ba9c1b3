package io.scimworks.server.internal;

import io.scimworks.core.schema.SchemaRegistry;
import io.scimworks.filter.AttributePath;
import io.scimworks.server.ScimResponse;
import io.scimworks.server.spi.ResourceMatcher;
import io.scimworks.server.spi.StoredResource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /.search}: one query over every resource type, types in registration order, or in
 * {@code sortBy} order across all types when the request names one. Pages by index or by RFC 9865
 * cursor, as a search of one type does.
 */
final class RootSearch {
  /** The type part of a root search's cursor scope: no resource type's name holds a slash. */
  private static final String SCOPE = "/.search";

  private final ServerModel model;

  RootSearch(ServerModel model) {
    this.model = model;
  }

  /**
   * Answers the search. Unsorted, each type's repository is asked only for the part of the page
   * that falls in its results (with its total), so only the requested page is rendered, whatever
   * the store's size. Sorted, every type's matches are read and ordered together in memory: the
   * order of one type's store says nothing about how its resources fall among another type's.
   */
  ScimResponse search(Exchange ex, SearchSpec spec) {
    if (spec.filter() != null) {
      model.filters().parse(spec.filter()); // a bad filter is a 400 even with no resource type
    }
    for (TypeEndpoint e : model.endpoints()) {
      e.projection(spec.projection()); // a bad attribute list is a 400 even if none is found
    }
    String scope = spec.scope(ex.tenant(), SCOPE);
    long offset = spec.startIndex() - 1L;
    if (spec.cursor() != null && !spec.cursor().isEmpty()) {
      offset = model.cursors().read(scope, spec.cursor()).offset();
    }
    List<Found> page = new ArrayList<>();
    long total =
        spec.sortBy() == null ? unsorted(ex, spec, offset, page) : sorted(ex, spec, offset, page);
    String next = null;
    String previous = null;
    if (spec.cursor() != null) {
      long following = offset + page.size();
      if (following < total && !page.isEmpty()) {
        next = model.cursors().issue(scope, following);
      }
      if (offset > 0) {
        previous = model.cursors().issue(scope, Math.max(0, offset - spec.count()));
      }
    }
    return render(ex, spec, offset, total, page, next, previous);
  }

  /** Fills {@code page} type after type; returns the total over all types. */
  private long unsorted(Exchange ex, SearchSpec spec, long offset, List<Found> page) {
    long skip = offset;
    long total = 0;
    for (TypeEndpoint e : model.endpoints()) {
      Finder.Page found = find(ex, spec, e, skip, spec.count() - page.size());
      for (StoredResource s : found.resources()) {
        page.add(new Found(e, s));
      }
      total += found.total();
      skip = Math.max(0, skip - found.total());
    }
    return total;
  }

  /** Fills {@code page} from every type's matches in one order; returns their number. */
  private long sorted(Exchange ex, SearchSpec spec, long offset, List<Found> page) {
    Comparator<ObjectNode> order = order(spec);
    List<Found> all = new ArrayList<>();
    for (TypeEndpoint e : model.endpoints()) {
      for (StoredResource s : find(ex, spec, e, 0, Integer.MAX_VALUE).resources()) {
        all.add(new Found(e, s));
      }
    }
    AttributePath sortBy = model.filters().parsePath(spec.sortBy());
    Function<Found, ObjectNode> tree = f -> f.resource().resource();
    if (ManagedAttributes.names(sortBy)) {
      // the stores do not hold it (meta.resourceType, groups...): order what the client sees
      boolean groups = ManagedAttributes.isGroups(sortBy);
      Map<Found, ObjectNode> views = new IdentityHashMap<>();
      tree =
          f ->
              views.computeIfAbsent(
                  f, x -> ManagedAttributes.view(x.endpoint(), x.resource(), ex, groups));
    }
    all.sort(Comparator.comparing(tree, order)); // stable: ties by type
    int from = (int) Math.min(offset, all.size());
    int to = (int) Math.min((long) from + spec.count(), all.size());
    page.addAll(all.subList(from, to));
    return all.size();
  }

  /**
   * One order for resources of every type: that of the first type whose schemas define the sort
   * attribute (its type and {@code caseExact} decide), else of the first type. Each type's own
   * order is checked too, so a path that type cannot sort by (a complex attribute without {@code
   * value}) is the same 400 as on its own endpoint.
   */
  private Comparator<ObjectNode> order(SearchSpec spec) {
    String sortBy = spec.sortBy();
    SchemaRegistry registry = model.registry();
    AttributePath path = model.filters().parsePath(sortBy);
    Comparator<ObjectNode> first = null;
    Comparator<ObjectNode> defined = null;
    for (TypeEndpoint e : model.endpoints()) {
      Comparator<ObjectNode> c =
          model.filters().sorter(registry, e.def().type(), sortBy, spec.descending());
      first = first == null ? c : first;
      if (defined == null && registry.resolveOrNull(e.def().type(), path) != null) {
        defined = c;
      }
    }
    Comparator<ObjectNode> chosen = defined != null ? defined : first;
    return chosen != null ? chosen : (a, b) -> 0;
  }

  private Finder.Page find(Exchange ex, SearchSpec spec, TypeEndpoint e, long skip, int count) {
    Filters.Compiled c =
        spec.filter() == null
            ? null
            : model.filters().compile(model.registry(), e.def().type(), spec.filter());
    Function<StoredResource, ObjectNode> view =
        c != null && c.managed() ? s -> ManagedAttributes.view(e, s, ex, c.groups()) : null;
    return Finder.find(
        e.reader(spec.projection(), c),
        e.ctx(ex),
        new Finder.Query(
            c == null ? null : c.filter(),
            c == null ? ResourceMatcher.ALL : c.matcher(),
            null,
            null,
            false,
            skip,
            count,
            view,
            null),
        model.metrics());
  }

  private ScimResponse render(
      Exchange ex,
      SearchSpec spec,
      long offset,
      long total,
      List<Found> page,
      @Nullable String next,
      @Nullable String previous) {
    boolean byIndex = spec.cursor() == null;
    byte[] body =
        Responses.list(
            total,
            page.size(),
            byIndex ? offset + 1 : 0,
            next,
            previous,
            g -> {
              for (Found f : page) {
                Renderer.write(
                    g, f.endpoint(), f.resource(), ex, spec.projection(), ETags.of(f.version()));
              }
            });
    return Responses.json(200, body, Map.of());
  }

  /** A resource of the page and the endpoint of its type (a class: records upset the fuzzer). */
  private static final class Found {
    private final TypeEndpoint endpoint;
    private final StoredResource resource;

    Found(TypeEndpoint endpoint, StoredResource resource) {
      this.endpoint = endpoint;
      this.resource = resource;
    }

    TypeEndpoint endpoint() {
      return endpoint;
    }

    StoredResource resource() {
      return resource;
    }

    String version() {
      return resource.version();
    }
  }
}
