/** Checks any SCIM endpoint over raw HTTP and reports what conforms and what does not. */
module io.scimworks.compliance {
  requires transitive io.scimworks.core;
  requires java.net.http;
  requires static info.picocli; // the command line only
  requires static org.junit.jupiter.api; // the JUnit 5 entry point only: its users have JUnit
  requires static transitive org.jspecify;

  exports io.scimworks.compliance;
  exports io.scimworks.compliance.report;
  exports io.scimworks.compliance.cli;

  // picocli sets the command's option fields by reflection
  opens io.scimworks.compliance.cli to
      info.picocli;
}
