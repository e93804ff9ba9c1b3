package io.scimworks.client;

import io.scimworks.server.ServerOptions;
import io.scimworks.server.spi.AuditListener;
import io.scimworks.testing.ScimServerExtension;
import io.scimworks.testing.TestScimServer;

/**
 * The client against scim-testing's in-process server, one per test class:
 * {@code @RegisterExtension static final ScimServerExtension SCIM = Live.server();} and a {@link
 * TestScimServer} parameter in {@code @BeforeAll}. Tests that need a differently behaving server
 * per test use {@link LiveServer}.
 */
final class Live {
  private Live() {}

  /** The default server, without audit output. */
  static ScimServerExtension server() {
    return server(ServerOptions.defaults());
  }

  /** A server with these options (and their transport limits), without audit output. */
  static ScimServerExtension server(ServerOptions options) {
    return ScimServerExtension.configured(
        b -> b.options(options).auditListener(AuditListener.none()));
  }

  static ScimClientBuilder clientBuilder(TestScimServer server) {
    return ScimClient.builder().baseUri(server.baseUri()).bearerToken(server.token());
  }

  static ScimClient client(TestScimServer server) {
    return clientBuilder(server).build();
  }
}
