/** Checks any SCIM endpoint over raw HTTP and reports what conforms and what does not. */
module io.scimworks.compliance {
  requires transitive io.scimworks.core;
  requires java.net.http;
  requires static transitive org.jspecify;

  exports io.scimworks.compliance;
}
