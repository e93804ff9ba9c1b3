package io.scimworks.modulepath.demo;

import io.scimworks.client.ScimClient;
import io.scimworks.core.resource.User;
import io.scimworks.filter.Filters;
import io.scimworks.server.BearerTokens;
import io.scimworks.server.ScimServer;
import io.scimworks.server.http.BindingOptions;
import io.scimworks.server.http.jdk.JdkHttpBinding;
import io.scimworks.server.memory.InMemoryRepository;
import io.scimworks.server.spi.AuditListener;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** Serves SCIM on loopback and provisions one user into it through the client. */
public final class Demo {
  private Demo() {}

  /**
   * Creates, patches and finds a user over HTTP.
   *
   * @return {@code userName active} of the user found by a filter after the PATCH
   */
  public static String run() {
    ScimServer server =
        ScimServer.builder()
            .users(InMemoryRepository.forUsers())
            .groups(InMemoryRepository.forGroups())
            .authenticator(BearerTokens.of("demo-token"))
            .auditListener(AuditListener.none())
            .build();
    try (JdkHttpBinding binding =
        JdkHttpBinding.create(server, "/scim/v2", BindingOptions.defaults())
            .start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
      ScimClient scim =
          ScimClient.builder()
              .baseUri(URI.create("http://127.0.0.1:" + binding.port() + "/scim/v2"))
              .bearerToken("demo-token")
              .build();
      User alice =
          scim.users().create(User.builder().userName("alice@example.com").active(true).build());
      scim.users().patch(alice.id()).replace("active", false).execute();
      List<User> found =
          scim.users().search().filter(Filters.eq("userName", "alice@example.com")).stream().toList();
      ObjectNode json = found.get(0).toJson();
      return json.get("userName").asString() + " " + json.get("active").asBoolean();
    }
  }
}
