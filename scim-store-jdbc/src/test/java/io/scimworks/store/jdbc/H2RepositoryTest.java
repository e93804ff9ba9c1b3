package io.scimworks.store.jdbc;

/** The repository contract on embedded H2. */
class H2RepositoryTest extends RepositoryContract {
  @Override
  TestDatabases.Db db() {
    return TestDatabases.Db.H2;
  }
}
