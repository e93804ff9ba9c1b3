package io.scimworks.server.internal;

import io.scimworks.server.ScimResponse;
import io.scimworks.server.spi.ResourceMatcher;
import io.scimworks.server.spi.StoredResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.node.ObjectNode;

/** {@code POST /.search}: one query over every resource type, types in registration order. */
final class RootSearch {
  private final ServerModel model;

  RootSearch(ServerModel model) {
    this.model = model;
  }

  /**
   * Answers the search. Each type's repository is asked only for the part of the page that falls in
   * its results (with its total), so only the requested page is rendered, whatever the store's
   * size.
   */
  ScimResponse search(Exchange ex, SearchSpec spec) {
    if (spec.filter() != null) {
      model.filters().parse(spec.filter()); // a bad filter is a 400 even with no resource type
    }
    long skip = spec.startIndex() - 1L;
    long total = 0;
    List<Found> page = new ArrayList<>();
    for (TypeEndpoint e : model.endpoints()) {
      Filters.Compiled c =
          spec.filter() == null
              ? null
              : model.filters().compile(model.registry(), e.def().type(), spec.filter());
      Function<StoredResource, ObjectNode> view =
          c != null && c.managed() ? s -> ManagedAttributes.view(e, s, ex, c.groups()) : null;
      Finder.Page found =
          Finder.find(
              e.reader(spec.projection(), c),
              e.ctx(ex),
              new Finder.Query(
                  c == null ? null : c.filter(),
                  c == null ? ResourceMatcher.ALL : c.matcher(),
                  null,
                  null,
                  false,
                  skip,
                  spec.count() - page.size(),
                  view,
                  null),
              model.metrics());
      for (StoredResource s : found.resources()) {
        page.add(new Found(e, s));
      }
      total += found.total();
      skip = Math.max(0, skip - found.total());
    }
    long totalResults = total;
    byte[] body =
        BodyWriter.write(
            g -> {
              Responses.listStart(g, totalResults, page.size());
              g.writeNumberProperty("startIndex", spec.startIndex());
              g.writeArrayPropertyStart("Resources");
              for (Found f : page) {
                Renderer.write(
                    g, f.endpoint(), f.resource(), ex, spec.projection(), ETags.of(f.version()));
              }
              g.writeEndArray();
              g.writeEndObject();
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
