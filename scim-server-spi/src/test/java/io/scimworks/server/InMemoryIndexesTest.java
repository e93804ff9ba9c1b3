package io.scimworks.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.json.ScimJson;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.SchemaRegistry;
import io.scimworks.filter.AttributePath;
import io.scimworks.filter.CompareOperator;
import io.scimworks.filter.CompareValue;
import io.scimworks.filter.Filter;
import io.scimworks.server.memory.InMemoryRepository;
import io.scimworks.server.spi.AuditListener;
import io.scimworks.server.spi.Repository;
import io.scimworks.server.spi.RequestContext;
import io.scimworks.server.spi.SearchQuery;
import io.scimworks.server.spi.SearchResult;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** How the in-memory store's indexes answer filters once the server has told it the schema. */
class InMemoryIndexesTest {
  private static final RequestContext USERS = RequestContext.of("User");
  private static final Filter ALICE =
      new Filter.Compare(
          AttributePath.of("userName"), CompareOperator.EQ, CompareValue.of("ALICE"));

  @Test
  void theEntraLookupIsAnsweredByTheIndexAloneAndHandedOverAsStoredText() {
    InMemoryRepository users = InMemoryRepository.forUsers();
    Repository served = users.withSchema(SchemaRegistry.defaults(), ResourceType.user());
    served.create(USERS, ScimJson.readObject("{\"userName\":\"alice\"}"));
    AtomicInteger evaluated = new AtomicInteger();
    SearchQuery query =
        new SearchQuery(
            ALICE, r -> evaluated.incrementAndGet() >= 0, null, false, 1, Integer.MAX_VALUE);

    SearchResult found = served.search(USERS, query);

    assertThat(found.totalResults()).isEqualTo(1);
    assertThat(found.resources().get(0).json()).as("the stored text").isNotNull();
    assertThat(evaluated).as("filter evaluations").hasValue(0);
    // without the schema the same store evaluates each candidate
    assertThat(users.search(USERS, query).totalResults()).isEqualTo(1);
    assertThat(evaluated).hasValue(1);
  }

  @Test
  void aCaseExactIndexOfAnAttributeTheSchemaComparesIgnoringCaseMissesNoMatch() {
    Scim scim = client(InMemoryRepository.builder().index("userName", true).build());
    scim.createUser("alice");

    assertThat(total(scim, "/Users", "userName eq \"ALICE\"")).isEqualTo(1);
  }

  @Test
  void aCaseInsensitiveIndexOfACaseExactAttributeFindsOnlyExactMatches() {
    Scim scim = client(InMemoryRepository.builder().unique("externalId").build());
    scim.post(
        "/Users",
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"a\","
            + "\"externalId\":\"abc\"}");

    assertThat(total(scim, "/Users", "externalId eq \"ABC\"")).isZero();
    assertThat(total(scim, "/Users", "externalId eq \"abc\"")).isEqualTo(1);
  }

  @Test
  void aGroupIsFoundByItsMembersIdInAnyCaseAsTheSchemaSaysMembersValueIsNotCaseExact() {
    Scim scim = Servers.client();
    String user = scim.createUser("dev");
    scim.post(
        "/Groups",
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"Eng\","
            + "\"members\":[{\"value\":\""
            + user
            + "\"}]}");

    assertThat(total(scim, "/Groups", "members.value eq \"" + user.toUpperCase() + "\""))
        .isEqualTo(1);
  }

  private static Scim client(Repository users) {
    return new Scim(
        ScimServer.builder()
            .users(users)
            .groups(InMemoryRepository.forGroups())
            .authenticator(BearerTokens.of(Scim.TOKEN))
            .auditListener(AuditListener.none())
            .build());
  }

  private static int total(Scim scim, String path, String filter) {
    ScimResponse r =
        scim.get(path + "?filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8));
    assertThat(r.status()).as(r.bodyText()).isEqualTo(200);
    return Scim.json(r).get("totalResults").intValue();
  }
}
