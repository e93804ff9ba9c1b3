package io.scimworks.store.jdbc;

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
import tools.jackson.databind.node.ObjectNode;

/**
 * A repository answering exactly as the one it wraps, but delivering no memberships with users
 * ({@link Repository#withGroups} is the default): the server then looks groups up itself, as it
 * does for any other store. The reference the store's own memberships are compared with.
 */
final class Plain implements Repository {
  private final Repository of;

  Plain(Repository of) {
    this.of = of;
  }

  @Override
  public Capabilities capabilities() {
    return of.capabilities();
  }

  @Override
  public boolean supportsFilter(Filter filter) {
    return of.supportsFilter(filter);
  }

  @Override
  public boolean filtersOnId() {
    return of.filtersOnId();
  }

  @Override
  public boolean supportsSort(AttributePath sortBy) {
    return of.supportsSort(sortBy);
  }

  @Override
  public Transactions transactions() {
    return of.transactions();
  }

  @Override
  public StoredResource create(RequestContext context, ObjectNode resource) {
    return of.create(context, resource);
  }

  @Override
  public StoredResource get(RequestContext context, String id) {
    return of.get(context, id);
  }

  @Override
  public StoredResource replace(
      RequestContext context, String id, ObjectNode resource, String expectedVersion) {
    return of.replace(context, id, resource, expectedVersion);
  }

  @Override
  public void delete(RequestContext context, String id, String expectedVersion) {
    of.delete(context, id, expectedVersion);
  }

  @Override
  public SearchResult search(RequestContext context, SearchQuery query) {
    return of.search(context, query);
  }

  @Override
  public StoredResource patch(
      RequestContext context, String id, ResourceChange change, String expectedVersion) {
    return of.patch(context, id, change, expectedVersion);
  }
}
