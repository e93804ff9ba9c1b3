package io.scimworks.benchmarks.jdbc;

import io.scimworks.filter.AttributePath;
import io.scimworks.filter.Filter;
import io.scimworks.server.spi.Capabilities;
import io.scimworks.server.spi.Repository;
import io.scimworks.store.jdbc.ForwardingRepository;

/**
 * The same repository with filtering, sorting and paging left to the server: what a repository that
 * declares no push-down costs (every row of the type is read for each search).
 */
final class NoPushDown extends ForwardingRepository {
  NoPushDown(Repository store) {
    super(store);
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
}
