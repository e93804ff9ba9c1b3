package io.scimworks.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.filter.CompareOperator;
import io.scimworks.filter.Filter;
import io.scimworks.server.memory.InMemoryRepository;
import io.scimworks.server.spi.Capabilities;
import io.scimworks.server.spi.Repository;
import io.scimworks.server.spi.RequestContext;
import io.scimworks.server.spi.ResourceMatcher;
import io.scimworks.server.spi.SearchQuery;
import io.scimworks.server.spi.SearchResult;
import io.scimworks.server.spi.StoredResource;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A repository that answers only {@code userName eq} still gives exact results, totals and pages
 * for every filter: the server pushes the part it answers down and checks the rest in memory.
 */
class PushDownTest {

  /** Answers only {@code userName eq}; records the filters it was asked. */
  static final class UserNameOnly implements Repository {
    final InMemoryRepository delegate = InMemoryRepository.forUsers();
    final List<String> asked = new CopyOnWriteArrayList<>();

    @Override
    public Capabilities capabilities() {
      return new Capabilities(false, false, true, false);
    }

    @Override
    public boolean supportsFilter(Filter f) {
      return f instanceof Filter.Compare c
          && c.operator() == CompareOperator.EQ
          && c.path().attribute().equalsIgnoreCase("userName");
    }

    @Override
    public StoredResource create(RequestContext c, ObjectNode r) {
      return delegate.create(c, r);
    }

    @Override
    public @Nullable StoredResource get(RequestContext c, String id) {
      return delegate.get(c, id);
    }

    @Override
    public StoredResource replace(RequestContext c, String id, ObjectNode r, @Nullable String v) {
      return delegate.replace(c, id, r, v);
    }

    @Override
    public void delete(RequestContext c, String id, @Nullable String v) {
      delegate.delete(c, id, v);
    }

    @Override
    public SearchResult search(RequestContext c, SearchQuery q) {
      asked.add(String.valueOf(q.filter()));
      // answer the pre-filter only, never the matcher, to prove the server checks the rest
      return delegate.search(
          c,
          new SearchQuery(
              q.filter(),
              q.filter() == null ? ResourceMatcher.ALL : preFilterMatcher(q.filter()),
              null,
              false,
              q.startIndex(),
              q.count()));
    }

    private static ResourceMatcher preFilterMatcher(Filter f) {
      io.scimworks.filter.CompiledFilter compiled =
          io.scimworks.filter.FilterEvaluator.of(
                  io.scimworks.core.schema.SchemaRegistry.defaults()
                      .resolverFor(io.scimworks.core.schema.ResourceType.user()))
              .compile(f);
      return compiled::test;
    }
  }

  private final UserNameOnly partial = new UserNameOnly();
  private final Scim narrow = new Scim(Servers.builder().users(partial).build());
  private final Scim full = Servers.client();

  PushDownTest() {
    for (int i = 0; i < 12; i++) {
      String body =
          "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"u"
              + i
              + "\""
              + (i % 3 == 0 ? ",\"title\":\"Boss x" + i + "\"" : "")
              + "}";
      assertThat(narrow.post("/Users", body).status()).isEqualTo(201);
      assertThat(full.post("/Users", body).status()).isEqualTo(201);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "userName eq \"U3\" and title co \"x\"",
        "title co \"x\" and userName eq \"u4\"",
        "userName eq \"u3\" or title pr",
        "not (userName eq \"u3\")",
        "not (userName eq \"u3\" and title pr)",
        "title pr",
        "(userName eq \"u3\" or userName eq \"u6\") and title sw \"boss\"",
      })
  void everyFilterGivesTheSameTotalAndPagesAsAFullRepository(String filter) {
    String q = "?sortBy=userName&count=2&startIndex=2&filter=" + encode(filter);
    JsonNode expected = Scim.json(full.get("/Users" + q));
    JsonNode actual = Scim.json(narrow.get("/Users" + q));
    assertThat(actual.get("totalResults")).isEqualTo(expected.get("totalResults"));
    assertThat(userNames(actual)).isEqualTo(userNames(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"userName eq \"u3\" and title co \"x\""})
  void theAnsweredPartOfAnAndIsPushedDown(String filter) {
    partial.asked.clear();
    Scim.json(narrow.get("/Users?filter=" + encode(filter)));
    assertThat(partial.asked).containsExactly("userName eq \"u3\"");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"userName eq \"u3\" or title pr", "not (userName eq \"u3\" and title pr)"})
  void aFilterWithNoAnsweredNarrowingAsksForEverything(String filter) {
    partial.asked.clear();
    Scim.json(narrow.get("/Users?filter=" + encode(filter)));
    assertThat(partial.asked).containsExactly("null");
  }

  private static List<String> userNames(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.get("Resources").forEach(r -> out.add(r.get("userName").stringValue()));
    return out;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
