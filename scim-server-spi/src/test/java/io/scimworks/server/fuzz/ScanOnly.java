package io.scimworks.server.fuzz;

import io.scimworks.server.spi.Capabilities;
import io.scimworks.server.spi.Repository;
import io.scimworks.server.spi.RequestContext;
import io.scimworks.server.spi.SearchQuery;
import io.scimworks.server.spi.SearchResult;
import io.scimworks.server.spi.StoredResource;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * A view of a repository that declares no native capability, so that the server lists everything
 * and filters it itself: a scan over the same data the repository answers through its indexes. It
 * hands the server every resource as a tree ({@code new StoredResource(id, version, tree)}), where
 * the repository hands over its stored JSON text ({@link StoredResource#ofJson}): the server then
 * renders the same resources from trees, not from text.
 */
record ScanOnly(Repository store) implements Repository {

  @Override
  public Capabilities capabilities() {
    return Capabilities.none();
  }

  @Override
  public StoredResource create(RequestContext context, ObjectNode resource) {
    return asTree(store.create(context, resource));
  }

  @Override
  public StoredResource get(RequestContext context, String id) {
    return asTree(store.get(context, id));
  }

  @Override
  public StoredResource replace(
      RequestContext context, String id, ObjectNode resource, String expectedVersion) {
    return asTree(store.replace(context, id, resource, expectedVersion));
  }

  @Override
  public void delete(RequestContext context, String id, String expectedVersion) {
    store.delete(context, id, expectedVersion);
  }

  @Override
  public SearchResult search(RequestContext context, SearchQuery query) {
    SearchResult found = store.search(context, query);
    List<StoredResource> trees = new ArrayList<>();
    found.resources().forEach(r -> trees.add(asTree(r)));
    return new SearchResult(trees, found.totalResults(), found.nextKey());
  }

  private static StoredResource asTree(StoredResource stored) {
    return stored == null
        ? null
        : new StoredResource(
            stored.id(), stored.version(), stored.resource().deepCopy(), stored.groups());
  }
}
