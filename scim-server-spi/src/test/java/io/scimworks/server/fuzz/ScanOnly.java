package io.scimworks.server.fuzz;

import io.scimworks.server.spi.Capabilities;
import io.scimworks.server.spi.Repository;
import io.scimworks.server.spi.RequestContext;
import io.scimworks.server.spi.SearchQuery;
import io.scimworks.server.spi.SearchResult;
import io.scimworks.server.spi.StoredResource;
import tools.jackson.databind.node.ObjectNode;

/**
 * A view of a repository that declares no native capability, so that the server lists everything
 * and filters it itself: a scan over the same data the repository answers through its indexes.
 */
record ScanOnly(Repository store) implements Repository {

  @Override
  public Capabilities capabilities() {
    return Capabilities.none();
  }

  @Override
  public StoredResource create(RequestContext context, ObjectNode resource) {
    return store.create(context, resource);
  }

  @Override
  public StoredResource get(RequestContext context, String id) {
    return store.get(context, id);
  }

  @Override
  public StoredResource replace(
      RequestContext context, String id, ObjectNode resource, String expectedVersion) {
    return store.replace(context, id, resource, expectedVersion);
  }

  @Override
  public void delete(RequestContext context, String id, String expectedVersion) {
    store.delete(context, id, expectedVersion);
  }

  @Override
  public SearchResult search(RequestContext context, SearchQuery query) {
    return store.search(context, query);
  }
}
