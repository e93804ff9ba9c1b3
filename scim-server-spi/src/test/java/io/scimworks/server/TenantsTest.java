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
  void aTenantSegmentFollowsThePathRulesAndEqualUrlsNameOneTenant() {
    // The tenant segment was used as sent: /tenants/../Users stored a user for tenant ".." and
    // answered Location .../tenants/../Users/{id}, which a client resolves to another URL; "%00",
    // "a%0D%0Ab" and "%C3" reached the repository as tenants; %61cme was not the tenant acme.
    ScimServer server =
        Servers.builder().tenantResolver(TenantResolver.fromPath("/tenants/{tenant}")).build();
    Scim scim = new Scim(server);
    for (String tenant :
        new String[] {"..", "%2e%2E", ".", "%00", "a%2Fb", "a%5Cb", "a%0D%0Ab", "a;b", "%7F"}) {
      ScimResponse r = scim.post("/tenants/" + tenant + "/Users", Scim.user("dots@example.com"));
      assertThat(r.status()).as(tenant).isEqualTo(404);
    }
    for (String tenant : new String[] {"%C3", "%ZZ", "%C0%AE"}) {
      ScimResponse r = scim.post("/tenants/" + tenant + "/Users", Scim.user("bytes@example.com"));
      assertThat(r.status()).as(tenant).isEqualTo(400);
    }

    ScimResponse created = scim.post("/tenants/acme/Users", Scim.user("one@example.com"));
    String id = Scim.json(created).get("id").stringValue();
    assertThat(scim.get("/tenants/%61cme/Users/" + id).status()).isEqualTo(200);
    assertThat(scim.get("/tenants/%61%63%6D%65/Users/" + id).status()).isEqualTo(200);
    assertThat(scim.get("/tenants/%41cme/Users/" + id).status()).isEqualTo(404); // "Acme"

    ScimResponse accented = scim.post("/tenants/%c3%a9/Users", Scim.user("two@example.com"));
    assertThat(accented.status()).isEqualTo(201);
    String other = Scim.json(accented).get("id").stringValue();
    assertThat(scim.get("/tenants/%C3%A9/Users/" + other).status()).isEqualTo(200);
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
