package io.scimworks.benchmarks.jdbc;

import io.scimworks.filter.AttributePath;
import io.scimworks.filter.Filter;
import io.scimworks.server.spi.Capabilities;
import io.scimworks.server.spi.Repository;
import io.scimworks.server.spi.RequestContext;
import io.scimworks.server.spi.ResourceChange;
import io.scimworks.server.spi.SearchQuery;
import io.scimworks.server.spi.SearchResult;
import io.scimworks.server.spi.StoredResource;
import io.scimworks.server.spi.Transactions;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * The same repository with filtering, sorting and paging left to the server: what a repository that
 * declares no push-down costs (every row of the type is read for each search).
 */
final class NoPushDown implements Repository {
  private final Repository store;

  NoPushDown(Repository store) {
    this.store = store;
  }

  @Override
  public Capabilities capabilities() {
    return new Capabilities(false, false, false, store.capabilities().patching());
  }

  @Override
  public boolean supportsFilter(Filter filter) {
    return false;
  }

  @Override
  public boolean supportsSort(AttributePath sortBy) {
    return false;
  }

  @Override
  public @Nullable Transactions transactions() {
    return store.transactions();
  }

  @Override
  public StoredResource create(RequestContext context, ObjectNode resource) {
    return store.create(context, resource);
  }

  @Override
  public @Nullable StoredResource get(RequestContext context, String id) {
    return store.get(context, id);
  }

  @Override
  public StoredResource replace(
      RequestContext context, String id, ObjectNode resource, @Nullable String expectedVersion) {
    return store.replace(context, id, resource, expectedVersion);
  }

  @Override
  public void delete(RequestContext context, String id, @Nullable String expectedVersion) {
    store.delete(context, id, expectedVersion);
  }

  @Override
  public SearchResult search(RequestContext context, SearchQuery query) {
    return store.search(context, query);
  }

  @Override
  public StoredResource patch(
      RequestContext context, String id, ResourceChange change, @Nullable String expectedVersion) {
    return store.patch(context, id, change, expectedVersion);
  }
}
