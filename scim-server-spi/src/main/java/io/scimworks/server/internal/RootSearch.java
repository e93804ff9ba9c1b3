package io.scimworks.server.internal;

import io.scimworks.filter.Filter;
import io.scimworks.server.ScimResponse;
import io.scimworks.server.spi.ResourceMatcher;
import io.scimworks.server.spi.StoredResource;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** {@code POST /.search}: one query over every resource type, types in registration order. */
final class RootSearch {
  private final ServerModel model;

  RootSearch(ServerModel model) {
    this.model = model;
  }

  ScimResponse search(Exchange ex, SearchSpec spec) {
    Filter filter = spec.filter() == null ? null : model.filters().parse(spec.filter());
    List<ObjectNode> all = new ArrayList<>();
    for (TypeEndpoint e : model.endpoints()) {
      ResourceMatcher m =
          filter == null
              ? ResourceMatcher.ALL
              : model.filters().compile(model.registry(), e.def().type(), filter);
      Finder.Page page =
          Finder.find(
              e.repository(),
              e.ctx(ex),
              new Finder.Query(filter, m, null, null, false, 0, Integer.MAX_VALUE));
      for (StoredResource s : page.resources()) {
        all.add(Renderer.render(e, s, ex, spec.projection()));
      }
    }
    return Responses.json(200, Responses.page(all, spec));
  }
}
