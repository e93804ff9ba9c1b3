package io.scimworks.store.jdbc;

/** The repository contract on a real PostgreSQL. */
class PostgresRepositoryTest extends RepositoryContract {
  @Override
  TestDatabases.Db db() {
    return TestDatabases.Db.POSTGRES;
  }
}
