package io.scimworks.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.json.ScimJson;
import io.scimworks.server.memory.InMemoryRepository;
import io.scimworks.server.spi.AuditListener;
import io.scimworks.server.spi.Capabilities;
import io.scimworks.server.spi.Repository;
import io.scimworks.server.spi.RequestContext;
import io.scimworks.server.spi.ResourceChange;
import io.scimworks.server.spi.SearchQuery;
import io.scimworks.server.spi.SearchResult;
import io.scimworks.server.spi.StoredResource;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * The in-memory store answers {@code attribute eq "value"} from an index alone, without evaluating
 * the filter, where the server's schema makes the index compare as the filter does. For generated
 * users, groups and searches, the answers (status, resources and their order, {@code totalResults},
 * whole bodies) are byte for byte those of the same store evaluating the filter on every candidate,
 * and those of the server scanning every resource itself. The users' {@code groups} come from the
 * store's {@code members.value} index in the first case and from a search of the groups otherwise.
 */
class IndexAnswerProperties {
  private static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
  private static final String GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";

  /** Values that fold alike in some pairs only: İ/i/ı/I, ſ/s/S, ς/σ/Σ, ß/SS, a date-time. */
  private static final List<String> NAMES =
      List.of(
          "ann",
          "ANN",
          "Ann",
          "ann ",
          "\u0130",
          "i",
          "\u0131",
          "I",
          "\u017fam",
          "sam",
          "SAM",
          "\u03c2",
          "\u03c3",
          "\u03a3",
          "\u00df",
          "SS",
          "2011-05-13T04:42:34Z",
          "é",
          "É");

  private static final List<String> USER_FIELDS =
      List.of(
          "userName",
          "USERNAME",
          USER + ":userName",
          GROUP + ":userName",
          "externalId",
          "EXTERNALID",
          USER + ":externalId",
          "displayName",
          "name.givenName",
          "emails.value");

  private static final List<String> GROUP_FIELDS =
      List.of("displayName", "DisplayName", GROUP + ":displayName", "externalId", "members.value");

  /** Users and groups (indexes of the users they list) to create, then searches to run. */
  record World(List<ObjectNode> users, List<List<Integer>> groups, List<Search> searches) {}

  /**
   * One search: {@code [not (]field op "value"[ and more][)]} with paging and sorting parameters.
   *
   * @param member for {@code members.value}, the index of a created user whose id is the value
   *     instead, or -1
   */
  record Search(
      boolean groups,
      String field,
      String op,
      String value,
      int member,
      boolean upperCaseMember,
      @Nullable String and,
      Negation negation) {}

  /** Whether a search's filter is negated, and its paging and sorting parameters. */
  record Negation(boolean not, String page) {}

  @Provide
  Arbitrary<World> worlds() {
    Arbitrary<String> name = Arbitraries.of(NAMES);
    Arbitrary<ObjectNode> user =
        Combinators.combine(
                name, name.injectNull(0.3), name.injectNull(0.3), Arbitraries.of(true, false))
            .as(
                (userName, externalId, given, active) -> {
                  ObjectNode u = ScimJson.object();
                  u.putArray("schemas").add(USER);
                  u.put("userName", userName);
                  if (externalId != null) {
                    u.put("externalId", externalId);
                  }
                  u.put("displayName", userName.toUpperCase(Locale.ROOT));
                  if (given != null) {
                    u.putObject("name").put("givenName", given);
                  }
                  u.putArray("emails").addObject().put("value", userName + "@example.com");
                  u.put("active", active);
                  return u;
                });
    Arbitrary<List<Integer>> members =
        Arbitraries.integers().between(0, 11).list().uniqueElements().ofMaxSize(3);
    Arbitrary<Negation> negation =
        Combinators.combine(
                Arbitraries.of(true, false, false, false, false),
                Arbitraries.of(
                    "",
                    "&startIndex=2",
                    "&count=1",
                    "&count=0",
                    "&startIndex=2&count=2",
                    "&sortBy=displayName",
                    "&sortBy=externalId&sortOrder=descending&count=2",
                    "&sortBy=displayName&startIndex=3"))
            .as(Negation::new);
    Arbitrary<Search> search =
        Combinators.combine(
                Arbitraries.of(true, false),
                Arbitraries.of(USER_FIELDS),
                Arbitraries.of(GROUP_FIELDS),
                Arbitraries.of("eq", "eq", "eq", "eq", "eq", "eq", "ne", "sw"),
                Arbitraries.oneOf(name, Arbitraries.just("")),
                Arbitraries.integers().between(-1, 11),
                Arbitraries.of("active eq true", "displayName pr", "externalId eq \"ann\"")
                    .injectNull(0.7),
                negation)
            .as(
                (groups, userField, groupField, op, value, member, and, not) ->
                    new Search(
                        groups,
                        groups ? groupField : userField,
                        op,
                        value,
                        member,
                        member % 2 == 0,
                        groups ? null : and,
                        not));
    return Combinators.combine(
            user.list().ofMaxSize(12),
            members.list().ofMaxSize(4),
            search.list().ofMinSize(1).ofMaxSize(6))
        .as(World::new);
  }

  @Property(tries = 200)
  void anIndexAnswersAsEvaluatingTheFilterWould(@ForAll("worlds") World world) {
    InMemoryRepository users = InMemoryRepository.forUsers();
    InMemoryRepository groups = InMemoryRepository.forGroups();
    Scim fromIndex = new Scim(server(users, groups));
    Scim evaluating =
        new Scim(
            server(
                new Unbound(users, users.capabilities()),
                new Unbound(groups, groups.capabilities())));
    Scim scanning =
        new Scim(
            server(
                new Unbound(users, Capabilities.none()), new Unbound(groups, Capabilities.none())));
    List<String> ids = new ArrayList<>();
    for (ObjectNode u : world.users()) {
      ScimResponse r = fromIndex.post("/Users", ScimJson.write(u));
      if (r.status() == 201) {
        ids.add(Scim.json(r).get("id").stringValue());
      }
    }
    int n = 0;
    for (List<Integer> members : world.groups()) {
      ObjectNode g = ScimJson.object();
      g.putArray("schemas").add(GROUP);
      g.put("displayName", NAMES.get(n++ % NAMES.size()));
      g.put("externalId", NAMES.get((n * 7) % NAMES.size()));
      for (int m : members) {
        if (m < ids.size()) {
          // members.value is not caseExact: an id in other letters lists the same user
          String id = m % 3 == 2 ? ids.get(m).toUpperCase(Locale.ROOT) : ids.get(m);
          g.withArray("members").addObject().put("value", id);
        }
      }
      ScimResponse created = fromIndex.post("/Groups", ScimJson.write(g));
      if (created.status() == 201 && n == 1) {
        // a renamed group: the users' groups.display follows
        String id = Scim.json(created).get("id").stringValue();
        fromIndex.patch(
            "/Groups/" + id,
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                + "\"Operations\":[{\"op\":\"replace\",\"path\":\"displayName\","
                + "\"value\":\"renamed\"}]}");
      }
    }
    for (Search s : world.searches()) {
      String uri = uri(s, ids);
      ScimResponse expected = evaluating.get(uri);
      ScimResponse actual = fromIndex.get(uri);
      assertThat(actual.status()).as(uri).isEqualTo(expected.status());
      assertThat(actual.bodyText()).as(uri).isEqualTo(expected.bodyText());
      assertThat(scanning.get(uri).bodyText()).as(uri + " (scan)").isEqualTo(actual.bodyText());
    }
  }

  private static String uri(Search s, List<String> ids) {
    String value = s.value();
    if (s.field().equals("members.value") && s.member() >= 0 && s.member() < ids.size()) {
      value = ids.get(s.member());
      if (s.upperCaseMember()) {
        value = value.toUpperCase(Locale.ROOT);
      }
    }
    String filter = s.field() + " " + s.op() + " \"" + value + "\"";
    if (s.and() != null) {
      filter = filter + " and " + s.and();
    }
    if (s.negation().not()) {
      filter = "not (" + filter + ")";
    }
    return (s.groups() ? "/Groups" : "/Users")
        + "?filter="
        + URLEncoder.encode(filter, StandardCharsets.UTF_8)
        + s.negation().page();
  }

  private static ScimServer server(Repository users, Repository groups) {
    return ScimServer.builder()
        .users(users)
        .groups(groups)
        .authenticator(BearerTokens.of(Scim.TOKEN))
        .auditListener(AuditListener.none())
        .build();
  }

  /**
   * A repository as the server sees it without telling it the schema ({@link Repository#withSchema}
   * keeps its default): the in-memory store then takes what its indexes find as candidates only and
   * evaluates the filter on each. With {@link Capabilities#none()} the server lists every resource
   * and filters, sorts and pages itself.
   */
  private static final class Unbound implements Repository {
    private final Repository store;
    private final Capabilities capabilities;

    Unbound(Repository store, Capabilities capabilities) {
      this.store = store;
      this.capabilities = capabilities;
    }

    @Override
    public Capabilities capabilities() {
      return capabilities;
    }

    @Override
    public StoredResource create(RequestContext context, ObjectNode resource) {
      return store.create(context, resource);
    }

    @Override
    public @Nullable StoredResource get(RequestContext context, String id) {
      return store.get(context, id);
    }

    @Override
    public StoredResource replace(
        RequestContext context, String id, ObjectNode resource, @Nullable String expected) {
      return store.replace(context, id, resource, expected);
    }

    @Override
    public StoredResource patch(
        RequestContext context, String id, ResourceChange change, @Nullable String expected) {
      return store.patch(context, id, change, expected);
    }

    @Override
    public void delete(RequestContext context, String id, @Nullable String expected) {
      store.delete(context, id, expected);
    }

    @Override
    public SearchResult search(RequestContext context, SearchQuery query) {
      return store.search(context, query);
    }
  }
}
