/**
 * SCIM client over {@code java.net.http}: typed and generic resources, search with paging, PATCH,
 * bulk and discovery.
 */
module io.scimworks.client {
  requires transitive io.scimworks.core;
  requires transitive java.net.http;
  requires static transitive org.jspecify;

  exports io.scimworks.client;
}
