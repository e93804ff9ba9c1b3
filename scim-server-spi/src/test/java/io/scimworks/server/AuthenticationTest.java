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

  private static ScimServer serverWith(BearerTokens tokens) {
    return ScimServer.builder()
        .users(InMemoryRepository.forUsers())
        .authenticator(tokens)
        .auditListener(AuditListener.none())
        .build();
  }

  @Test
  void aTokenRevokedRightAfterItWasAcceptedIsRefusedOnTheNextRequest() {
    BearerTokens tokens = BearerTokens.of("only-token");
    ScimServer server = serverWith(tokens);
    assertThat(new Scim(server, "only-token").get("/Users").status()).isEqualTo(200);
    tokens.revoke("only-token");
    assertThat(new Scim(server, "only-token").get("/Users").status()).isEqualTo(401);
    tokens.add("only-token");
    assertThat(new Scim(server, "only-token").get("/Users").status()).isEqualTo(200);
  }

  @Test
  void onlyTheExactCredentialLastAcceptedIsAcceptedAgain() {
    ScimServer server = serverWith(BearerTokens.of("abc123"));
    for (String other :
        new String[] {"abc12", "abc1234", "abc123abc123", "abc124", "ABC123", "a", "bc123a"}) {
      assertThat(new Scim(server, "abc123").get("/Users").status()).isEqualTo(200);
      assertThat(new Scim(server, other).get("/Users").status()).as(other).isEqualTo(401);
    }
  }

  @Test
  void aTokenOfOneServerIsNotAcceptedByAnotherOnTheSameThread() {
    ScimServer first = serverWith(BearerTokens.of("first-token"));
    ScimServer second = serverWith(BearerTokens.of("second-token"));
    assertThat(new Scim(first, "first-token").get("/Users").status()).isEqualTo(200);
    assertThat(new Scim(second, "first-token").get("/Users").status()).isEqualTo(401);
    assertThat(new Scim(second, "second-token").get("/Users").status()).isEqualTo(200);
    assertThat(new Scim(first, "second-token").get("/Users").status()).isEqualTo(401);
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

  @Test
  void aTokenWithCharactersBeyondVisibleAsciiIsRefusedRatherThanNeverMatching() {
    for (String token : new String[] {"caf\u00e9-secret", "\u0661\u0662\u0663", "tab\u00a0nbsp"}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> BearerTokens.of(token))
          .as(token)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("ASCII");
    }
    // What a server hands over for the UTF-8 bytes of "café": each byte as one ISO-8859-1 char.
    Scim latin1 = Servers.client().withToken("caf\u00c3\u00a9");
    assertThat(latin1.get("/Users").status()).isEqualTo(401);
  }

  @Test
  void percentEscapesAndIntegersAreReadWithAsciiDigitsOnly() {
    Scim scim = Servers.client();
    // U+0664 U+0661 are Arabic-Indic digits, which Character.digit reads as 4 and 1.
    ScimResponse escape = scim.get("/Users/%\u0664\u0661");
    assertThat(escape.status()).isEqualTo(400);
    ScimResponse ideographicSpace = scim.get("/Users?count=%E3%80%801");
    assertThat(ideographicSpace.status()).isEqualTo(400);
    assertThat(Scim.json(ideographicSpace).get("scimType").stringValue()).isEqualTo("invalidValue");
    assertThat(scim.get("/Users?count=%201%09").status()).isEqualTo(200);
  }
}
