package io.scimworks.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.server.memory.InMemoryRepository;
import io.scimworks.server.spi.AuditListener;
import org.junit.jupiter.api.Test;

class AuthenticationTest {

  @Test
  void aMissingTokenIs401WithChallengeAndScimBody() {
    Scim anonymous = new Scim(Servers.builder().build(), null);
    ScimResponse r = anonymous.get("/Users");
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.header("WWW-Authenticate")).startsWith("Bearer");
    assertThat(Scim.json(r).get("status").stringValue()).isEqualTo("401");
  }

  @Test
  void aWrongTokenIs401() {
    Scim wrong = Servers.client().withToken("not-the-token");
    assertThat(wrong.get("/Users").status()).isEqualTo(401);
  }

  @Test
  void tokensRotateWithoutDowntime() {
    BearerTokens tokens = BearerTokens.of("old-token");
    ScimServer server =
        ScimServer.builder()
            .users(InMemoryRepository.forUsers())
            .authenticator(tokens)
            .auditListener(AuditListener.none())
            .build();
    tokens.add("new-token");
    assertThat(new Scim(server, "old-token").get("/Users").status()).isEqualTo(200);
    assertThat(new Scim(server, "new-token").get("/Users").status()).isEqualTo(200);
    assertThat(tokens.revoke("old-token")).isTrue();
    assertThat(new Scim(server, "old-token").get("/Users").status()).isEqualTo(401);
    assertThat(new Scim(server, "new-token").get("/Users").status()).isEqualTo(200);
  }

  @Test
  void discoveryNeedsAuthenticationUnlessTheAppOptsIn() {
    Scim anonymous = new Scim(Servers.builder().build(), null);
    assertThat(anonymous.get("/ServiceProviderConfig").status()).isEqualTo(401);
    Scim open =
        new Scim(
            Servers.builder()
                .options(ServerOptions.builder().anonymousDiscovery(true).build())
                .build(),
            null);
    assertThat(open.get("/ServiceProviderConfig").status()).isEqualTo(200);
    assertThat(open.get("/Schemas").status()).isEqualTo(200);
    assertThat(open.get("/Users").status()).isEqualTo(401);
  }

  @Test
  void aServerWithoutAnAuthenticatorCannotBeBuilt() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ScimServer.builder().users(InMemoryRepository.forUsers()).build())
        .isInstanceOf(IllegalStateException.class);
  }
}
