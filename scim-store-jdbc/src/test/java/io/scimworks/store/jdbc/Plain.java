package io.scimworks.store.jdbc;

import io.scimworks.filter.AttributePath;
import io.scimworks.filter.Filter;
import io.scimworks.server.spi.Repository;

/**
 * A repository answering exactly as the one it wraps, but delivering no memberships with users
 * ({@link Repository#withGroups} is the default): the server then looks groups up itself, as it
 * does for any other store. The reference the store's own memberships are compared with.
 */
final class Plain extends ForwardingRepository {
  Plain(Repository of) {
    super(of);
  }

  @Override
  public boolean supportsFilter(Filter filter) {
    return store.supportsFilter(filter);
  }

  @Override
  public boolean filtersOnId() {
    return store.filtersOnId();
  }

  @Override
  public boolean supportsSort(AttributePath sortBy) {
    return store.supportsSort(sortBy);
  }
}
