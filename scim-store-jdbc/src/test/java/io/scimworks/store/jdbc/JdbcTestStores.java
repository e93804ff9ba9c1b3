package io.scimworks.store.jdbc;

import io.scimworks.server.http.TestStores;

/**
 * Makes the server's over-HTTP suites (Entra, Okta, bad input, concurrency) run against the JDBC
 * store: each server they start gets a fresh H2 database, groups with a unique {@code displayName}
 * as the suites expect.
 */
public final class JdbcTestStores implements TestStores {
  @Override
  public Opened open() {
    JdbcStore store = TestDatabases.h2();
    return new Opened(store.users(), store.groups(true), store::close);
  }
}
