/**
 * SCIM server: the protocol handler, the storage SPI, an in-memory store and two HTTP bindings.
 *
 * <p>The JDK binding ({@code io.scimworks.server.http.jdk}) needs {@code jdk.httpserver}, which
 * every JDK has. The servlet binding needs the Jakarta Servlet 6 API, which the servlet container
 * provides: a module that mounts {@code ScimServlet} requires {@code jakarta.servlet} itself.
 */
module io.scimworks.server {
  requires transitive io.scimworks.core;
  requires jdk.httpserver;
  requires static jakarta.servlet;
  requires static transitive org.jspecify;

  exports io.scimworks.server;
  exports io.scimworks.server.spi;
  exports io.scimworks.server.memory;
  exports io.scimworks.server.http;
  exports io.scimworks.server.http.jdk;
  exports io.scimworks.server.http.servlet;
}
