package io.scimworks.store.jdbc;

import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** Transactions with injected faults on a real PostgreSQL (each test in a tenant of its own). */
class PostgresTransactionTest extends TransactionContract {
  @Override
  DataSource unpooled() {
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setURL(TestDatabases.postgresUrl());
    pg.setUser("postgres");
    pg.setPassword("postgres");
    return pg;
  }
}
