package io.scimworks.store.jdbc;

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
 * A repository that hands its capabilities, transactions, reads and writes to another one, and
 * leaves the push-down questions ({@code supportsFilter}, {@code filtersOnId}, {@code
 * supportsSort}, {@code pagesByKey}) and {@code withGroups} at the interface's defaults: a subclass
 * forwards or changes those it means to, and so shows the server a store that does less itself.
 *
 * <p>Shared by the store's tests and the JDBC benchmarks (through this module's test jar).
 */
public abstract class ForwardingRepository implements Repository {
  /** The repository that does the work. */
  protected final Repository store;

  /**
   * Wraps a repository.
   *
   * @param store the repository that does the work
   */
  protected ForwardingRepository(Repository store) {
    this.store = store;
  }

  @Override
  public Capabilities capabilities() {
    return store.capabilities();
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
