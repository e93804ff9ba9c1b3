package io.scimworks.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.json.ScimJson;
import io.scimworks.filter.AttributePath;
import io.scimworks.filter.Filter;
import io.scimworks.server.memory.InMemoryRepository;
import io.scimworks.server.spi.AuditListener;
import io.scimworks.server.spi.Capabilities;
import io.scimworks.server.spi.Repository;
import io.scimworks.server.spi.RequestContext;
import io.scimworks.server.spi.ResourceChange;
import io.scimworks.server.spi.SearchQuery;
import io.scimworks.server.spi.SearchResult;
import io.scimworks.server.spi.StoredResource;
import io.scimworks.server.spi.Transactions;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A resource its repository hands over as JSON text ({@link StoredResource#ofJson}, what the
 * in-memory store does) is written byte for byte as the same resource handed over as a tree, for
 * every projection: the members copied from the text without parsing are exactly what writing the
 * parsed tree gives.
 */
class TextRenderingProperties {
  private static final String ENTERPRISE =
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private final InMemoryRepository users = InMemoryRepository.forUsers();
  private final InMemoryRepository groups = InMemoryRepository.forGroups();
  private final Scim fromText = new Scim(server(users, groups));
  private final Scim fromTree = new Scim(server(new AsTrees(users), new AsTrees(groups)));

  private static ScimServer server(Repository users, Repository groups) {
    return ScimServer.builder()
        .users(users)
        .groups(groups)
        .authenticator(BearerTokens.of(Scim.TOKEN))
        .auditListener(AuditListener.none())
        .build();
  }

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.oneOf(
        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10),
        Arbitraries.strings()
            .withChars("aZé\u001f\"\\/\u2028\ud83d\ude00<>&' \t\n")
            .ofMinLength(1)
            .ofMaxLength(8),
        Arbitraries.strings().withCharRange('\u0400', '\u04ff').ofMinLength(1).ofMaxLength(6));
  }

  @Provide
  Arbitrary<ObjectNode> users() {
    Arbitrary<String> text = text();
    Arbitrary<ObjectNode> name =
        Combinators.combine(text, text, text)
            .as(
                (given, family, formatted) -> {
                  ObjectNode n = ScimJson.object();
                  n.put("givenName", given).put("familyName", family).put("formatted", formatted);
                  return n;
                });
    Arbitrary<ArrayNode> emails =
        Combinators.combine(text, Arbitraries.of("work", "home", "other"))
            .as(
                (local, type) -> {
                  ObjectNode e = ScimJson.object();
                  e.put("value", local.replaceAll("[^A-Za-z]", "x") + "@example.com");
                  e.put("type", type);
                  return e;
                })
            .list()
            .ofMaxSize(3)
            .map(
                list -> {
                  ArrayNode a = ScimJson.array();
                  list.forEach(a::add);
                  return a;
                });
    Arbitrary<ObjectNode> enterprise =
        Combinators.combine(text, Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(6))
            .as(
                (department, number) -> {
                  ObjectNode x = ScimJson.object();
                  x.put("department", department).put("employeeNumber", number);
                  return x;
                });
    return Combinators.combine(
            text,
            name.injectNull(0.3),
            emails,
            Arbitraries.oneOf(enterprise, Arbitraries.just(ScimJson.object())).injectNull(0.4),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false))
        .as(
            (display, n, mails, ext, active, password) -> {
              ObjectNode u = ScimJson.object();
              ArrayNode schemas = u.putArray("schemas");
              schemas.add("urn:ietf:params:scim:schemas:core:2.0:User");
              u.put("userName", "user" + SEQUENCE.incrementAndGet() + display);
              u.put("displayName", display);
              if (n != null) {
                u.set("name", n);
              }
              if (!mails.isEmpty()) {
                u.set("emails", mails);
              }
              u.put("active", active);
              if (password) {
                u.put("password", "Secret-" + display);
              }
              if (ext != null) {
                schemas.add(ENTERPRISE);
                u.set(ENTERPRISE, ext);
              }
              return u;
            });
  }

  @Provide
  Arbitrary<String> projections() {
    Arbitrary<String> names =
        Arbitraries.of(
                "userName",
                "name",
                "name.givenName",
                "emails",
                "emails.value",
                "groups",
                "groups.display",
                "meta",
                "meta.created",
                "id",
                "schemas",
                "displayName",
                "password",
                ENTERPRISE,
                ENTERPRISE + ":department")
            .list()
            .ofMinSize(1)
            .ofMaxSize(4)
            .map(l -> String.join(",", l));
    return Arbitraries.oneOf(
        Arbitraries.just(""),
        names.map(n -> "attributes=" + URLEncoder.encode(n, StandardCharsets.UTF_8)),
        names.map(n -> "excludedAttributes=" + URLEncoder.encode(n, StandardCharsets.UTF_8)));
  }

  @Property(tries = 150)
  void aResourceIsWrittenFromItsTextAsFromItsTree(
      @ForAll("users") ObjectNode user,
      @ForAll("projections") String projection,
      @ForAll boolean inAGroup) {
    ScimResponse created = fromText.post("/Users", ScimJson.write(user));
    assertThat(created.status()).as(created.bodyText()).isEqualTo(201);
    String id = Scim.json(created).get("id").stringValue();
    if (inAGroup) {
      fromText.post(
          "/Groups",
          "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"g"
              + SEQUENCE.incrementAndGet()
              + "\",\"members\":[{\"value\":\""
              + id
              + "\"}]}");
    }
    String query = projection.isEmpty() ? "" : "?" + projection;
    assertThat(users.get(RequestContext.of("User"), id).json())
        .as("the in-memory store hands over text")
        .isNotNull();
    sameBody("/Users/" + id + query);
    // a page of a listing without a filter, also handed over as text
    sameBody("/Users?count=3" + (projection.isEmpty() ? "" : "&" + projection));
    String filter = "filter=" + URLEncoder.encode("id eq \"" + id + "\"", StandardCharsets.UTF_8);
    sameBody("/Users?" + filter + (projection.isEmpty() ? "" : "&" + projection));
  }

  @Provide
  Arbitrary<String> oddTexts() {
    return Arbitraries.of(
        "{\"userName\":\"a\"}",
        "{\"schemas\":[],\"userName\":\"a\"}",
        "{\"schemas\": [ ] ,\"userName\":\"a\"}",
        "{\"Schemas\":[\"urn:x\"],\"schemas\":[\"urn:y\"],\"userName\":\"a\"}",
        "{\"SCHEMAS\":\"urn:x\",\"userName\":\"a\",\"id\":\"other\",\"ID\":1}",
        "{\"userName\":\"a\",\"" + ENTERPRISE + "\":{}}",
        "{\"userName\":\"a\",\"" + ENTERPRISE + "\": { } }",
        "{\"userName\":\"a\",\"" + ENTERPRISE + "\":\"not an object\"}",
        "{\"userName\":\"a\",\"" + ENTERPRISE + "\":{\"department\":\"x\"}}",
        "{\"userName\":\"a\",\"meta\":{\"Created\":\"c\",\"created\":\"d\"}}",
        "{\"userName\":\"a\",\"META\":{\"CREATED\":\"c\",\"lastmodified\":5}}",
        "{\"userName\":\"a\",\"meta\":[1],\"Meta\":{\"lastModified\":\"z\"}}",
        "{\"userName\":\"a\",\"meta\":{\"lastModified\":\"z\"},\"Meta\":7}",
        "{\"userName\":\"a\",\"emails\":[],\"name\":{},\"groups\":[{\"value\":\"g\"}]}",
        "{\"userName\":\"a\",\"password\":{\"x\":1},\"x509Certificates\":[{\"value\":\"AA==\"}]}",
        "{\"userName\":\"a\",\"score\":1e300,\"n\":-0.0,\"big\":123456789012345678901234567890}",
        "{\"userName\":\"a\",\"nested\":{\"a\":[{\"b\":{\"c\":[null,true,\"\\u2028\"]}}]}}");
  }

  /**
   * Text a repository wrote itself (other escapes, number forms, odd or duplicate member names) is
   * answered as the same JSON as its parsed tree.
   */
  @Property(tries = 60)
  void oddStoredTextIsWrittenAsItsTree(
      @ForAll("oddTexts") String text, @ForAll("projections") String projection) {
    byte[] json = text.getBytes(StandardCharsets.UTF_8);
    String query = "/Users/x" + (projection.isEmpty() ? "" : "?" + projection);
    ScimResponse fromText = new Scim(server(new Fixed(json, false), groups)).get(query);
    ScimResponse fromTree = new Scim(server(new Fixed(json, true), groups)).get(query);
    assertThat(fromText.status()).as(fromText.bodyText()).isEqualTo(200);
    // the same JSON, members in the same order; escapes and number forms as the text has them
    assertThat(ScimJson.write(Scim.json(fromText))).isEqualTo(ScimJson.write(Scim.json(fromTree)));
  }

  /** A repository holding one resource, id {@code x}, handed over as text or as its tree. */
  private static final class Fixed implements Repository {
    private final StoredResource stored;

    Fixed(byte[] json, boolean asTree) {
      this.stored =
          asTree
              ? new StoredResource("x", "1", ScimJson.readObject(json))
              : StoredResource.ofJson("x", "1", json, null);
    }

    @Override
    public StoredResource create(RequestContext context, ObjectNode resource) {
      throw new UnsupportedOperationException();
    }

    @Override
    public @Nullable StoredResource get(RequestContext context, String id) {
      return id.equals("x") ? stored : null;
    }

    @Override
    public StoredResource replace(
        RequestContext context, String id, ObjectNode resource, @Nullable String expected) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void delete(RequestContext context, String id, @Nullable String expected) {
      throw new UnsupportedOperationException();
    }

    @Override
    public SearchResult search(RequestContext context, SearchQuery query) {
      return new SearchResult(List.of(stored), 1);
    }
  }

  private void sameBody(String pathAndQuery) {
    ScimResponse text = fromText.get(pathAndQuery);
    ScimResponse tree = fromTree.get(pathAndQuery);
    assertThat(text.status()).as(text.bodyText()).isEqualTo(200);
    assertThat(text.bodyText()).isEqualTo(tree.bodyText());
  }

  /** The same repository, its resources handed over as trees. */
  private static final class AsTrees implements Repository {
    private final Repository inner;

    AsTrees(Repository inner) {
      this.inner = inner;
    }

    private static StoredResource tree(StoredResource s) {
      return new StoredResource(s.id(), s.version(), s.resource().deepCopy(), s.groups());
    }

    @Override
    public Capabilities capabilities() {
      return inner.capabilities();
    }

    @Override
    public boolean supportsFilter(Filter filter) {
      return inner.supportsFilter(filter);
    }

    @Override
    public boolean filtersOnId() {
      return inner.filtersOnId();
    }

    @Override
    public boolean supportsSort(AttributePath sortBy) {
      return inner.supportsSort(sortBy);
    }

    @Override
    public boolean pagesByKey() {
      return inner.pagesByKey();
    }

    @Override
    public @Nullable Transactions transactions() {
      return inner.transactions();
    }

    @Override
    public StoredResource create(RequestContext context, ObjectNode resource) {
      return inner.create(context, resource);
    }

    @Override
    public @Nullable StoredResource get(RequestContext context, String id) {
      StoredResource s = inner.get(context, id);
      return s == null ? null : tree(s);
    }

    @Override
    public StoredResource replace(
        RequestContext context, String id, ObjectNode resource, @Nullable String expected) {
      return inner.replace(context, id, resource, expected);
    }

    @Override
    public void delete(RequestContext context, String id, @Nullable String expected) {
      inner.delete(context, id, expected);
    }

    @Override
    public SearchResult search(RequestContext context, SearchQuery query) {
      SearchResult r = inner.search(context, query);
      List<StoredResource> page = r.resources().stream().map(AsTrees::tree).toList();
      return new SearchResult(page, r.totalResults(), r.nextKey());
    }

    @Override
    public StoredResource patch(
        RequestContext context, String id, ResourceChange change, @Nullable String expected) {
      return inner.patch(context, id, change, expected);
    }
  }
}
