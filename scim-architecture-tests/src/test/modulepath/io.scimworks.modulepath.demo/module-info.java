/**
 * A small application on the module path. It requires only the server and the client: the filter
 * language, the core model and Jackson reach it through {@code requires transitive}.
 */
module io.scimworks.modulepath.demo {
  requires io.scimworks.server;
  requires io.scimworks.client;

  exports io.scimworks.modulepath.demo;
}
