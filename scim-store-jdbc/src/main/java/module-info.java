/**
 * SCIM storage over JDBC (PostgreSQL, H2): repositories for the server's storage SPI. The JDBC
 * driver is the application's choice and is found through {@link java.sql.DriverManager} or the
 * {@link javax.sql.DataSource} it passes in.
 */
module io.scimworks.store.jdbc {
  requires transitive io.scimworks.server;
  requires transitive java.sql;
  requires com.zaxxer.hikari;
  requires static transitive org.jspecify;

  exports io.scimworks.store.jdbc;
}
