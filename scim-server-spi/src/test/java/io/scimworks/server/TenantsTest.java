package io.scimworks.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.server.memory.InMemoryRepository;
import io.scimworks.server.spi.AuditListener;
import io.scimworks.server.spi.ScimPrincipal;
import io.scimworks.server.spi.TenantResolver;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TenantsTest {

  @Test
  void tenantsFromThePathNeverSeeEachOthersData() {
    ScimServer server =
        Servers.builder().tenantResolver(TenantResolver.fromPath("/tenants/{tenant}")).build();
    Scim scim = new Scim(server);
    ScimResponse created = scim.post("/tenants/acme/Users", Scim.user("same@example.com"));
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location")).contains("/tenants/acme/Users/");
    String id = Scim.json(created).get("id").stringValue();
    assertThat(scim.get("/tenants/globex/Users/" + id).status()).isEqualTo(404);
    assertThat(Scim.json(scim.get("/tenants/globex/Users")).get("totalResults").intValue())
        .isZero();
    // the same userName is free in another tenant
    assertThat(scim.post("/tenants/globex/Users", Scim.user("same@example.com")).status())
        .isEqualTo(201);
    assertThat(scim.get("/Users").status()).isEqualTo(404);
  }

  @Test
  void aTokenBoundToATenantCannotReachAnother() {
    BearerTokens tokens = BearerTokens.of();
    tokens.add("acme-token", new ScimPrincipal("acme-app", "acme", null));
    ScimServer server =
        ScimServer.builder()
            .users(InMemoryRepository.forUsers())
            .authenticator(tokens)
            .tenantResolver(TenantResolver.fromPath("/tenants/{tenant}/scim/v2"))
            .auditListener(AuditListener.none())
            .build();
    Scim acme = new Scim(server, "acme-token");
    assertThat(acme.get("/tenants/acme/scim/v2/Users").status()).isEqualTo(200);
    assertThat(acme.get("/tenants/globex/scim/v2/Users").status()).isEqualTo(403);
  }

  @Test
  void tenantsFromTheTokenKeepDataApart() {
    BearerTokens tokens = BearerTokens.of();
    tokens.add("a", new ScimPrincipal("a", "tenant-a", null));
    tokens.add("b", new ScimPrincipal("b", "tenant-b", null));
    ScimServer server =
        ScimServer.builder()
            .users(InMemoryRepository.forUsers())
            .authenticator(tokens)
            .tenantResolver(TenantResolver.fromPrincipal())
            .auditListener(AuditListener.none())
            .build();
    new Scim(server, "a").createUser("alice");
    JsonNode seenByB = Scim.json(new Scim(server, "b").get("/Users"));
    assertThat(seenByB.get("totalResults").intValue()).isZero();
  }

  @Test
  void meResolvesThroughThePrincipalOr501() {
    BearerTokens tokens = BearerTokens.of(Scim.TOKEN);
    ScimServer server =
        ScimServer.builder()
            .users(InMemoryRepository.forUsers())
            .authenticator(tokens)
            .auditListener(AuditListener.none())
            .build();
    Scim admin = new Scim(server);
    assertThat(admin.get("/Me").status()).isEqualTo(501);
    String id = admin.createUser("me@example.com");
    tokens.add("me-token", new ScimPrincipal("me", null, id));
    ScimResponse me = new Scim(server, "me-token").get("/Me");
    assertThat(me.status()).isEqualTo(200);
    assertThat(Scim.json(me).get("userName").stringValue()).isEqualTo("me@example.com");
  }
}
