/** A JUnit 5 extension that runs an in-process SCIM server for each test class. */
module io.scimworks.testing {
  requires transitive io.scimworks.server;
  requires transitive org.junit.jupiter.api;
  requires static transitive org.jspecify;

  exports io.scimworks.testing;
}
