package io.scimworks.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimUrns;
import io.scimworks.core.json.ScimJson;
import io.scimworks.core.resource.ExtensionBinding;
import io.scimworks.core.resource.ScimResource;
import io.scimworks.core.resource.User;
import io.scimworks.core.schema.AttributeDefinition;
import io.scimworks.core.schema.AttributeType;
import io.scimworks.core.schema.Schema;
import io.scimworks.server.memory.InMemoryRepository;
import io.scimworks.server.spi.AuditListener;
import io.scimworks.server.spi.Repository;
import io.scimworks.server.spi.RequestContext;
import io.scimworks.server.spi.SearchQuery;
import io.scimworks.server.spi.SearchResult;
import io.scimworks.server.spi.StoredResource;
import io.scimworks.testing.ScimServerExtension;
import io.scimworks.testing.TestScimServer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.node.ObjectNode;

/**
 * A custom User extension bound to an application record, over real HTTP: the client writes and
 * reads it typed, the server validates it against the registered schema and hands the repository
 * the same typed value.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LiveCustomExtensionTest {
  static final String BADGE_URN = "urn:acme:params:scim:schemas:extension:Badge:2.0:User";

  record Badge(String number, Integer level, Instant expires) {}

  static final ExtensionBinding<Badge> BADGE = ExtensionBinding.of(BADGE_URN, Badge.class);

  static final Schema BADGE_SCHEMA =
      Schema.builder(BADGE_URN)
          .name("Badge")
          .attribute(AttributeDefinition.builder("number", AttributeType.STRING).build())
          .attribute(AttributeDefinition.builder("level", AttributeType.INTEGER).build())
          .attribute(AttributeDefinition.builder("expires", AttributeType.DATE_TIME).build())
          .build();

  private static final Instant EXPIRES = Instant.parse("2030-01-02T03:04:05Z");

  /** What the application's repository saw, typed, on each write. */
  private static final List<Optional<Badge>> seen = new CopyOnWriteArrayList<>();

  private static ScimClient scim;

  /** An application's storage: the typed extension straight from the resource it receives. */
  static final class BadgeAwareUsers implements Repository {
    private final Repository store = InMemoryRepository.forUsers();

    @Override
    public StoredResource create(RequestContext context, ObjectNode resource) {
      seen.add(ScimResource.of(resource).extension(BADGE));
      return store.create(context, resource);
    }

    @Override
    public @Nullable StoredResource get(RequestContext context, String id) {
      return store.get(context, id);
    }

    @Override
    public StoredResource replace(
        RequestContext context, String id, ObjectNode resource, @Nullable String version) {
      seen.add(ScimResource.of(resource).extension(BADGE));
      return store.replace(context, id, resource, version);
    }

    @Override
    public void delete(RequestContext context, String id, @Nullable String version) {
      store.delete(context, id, version);
    }

    @Override
    public SearchResult search(RequestContext context, SearchQuery query) {
      return store.search(context, query);
    }
  }

  @RegisterExtension
  static final ScimServerExtension SCIM =
      ScimServerExtension.configured(
          b ->
              b.users(new BadgeAwareUsers())
                  .optionalExtension("User", BADGE_SCHEMA)
                  .auditListener(AuditListener.none()));

  @BeforeAll
  static void start(TestScimServer server) {
    scim = Live.client(server);
  }

  @BeforeEach
  void forget() {
    seen.clear();
  }

  @Test
  void aTypedExtensionIsCreatedReadAndReplacedAndTheRepositorySeesItTyped() {
    Badge badge = new Badge("B-7", 3, EXPIRES);

    User created =
        scim.users().create(User.builder().userName("badge-crud").extension(BADGE, badge).build());
    User read = scim.users().get(created.id());
    User replaced =
        scim.users().replace(read.toBuilder().extension(BADGE, new Badge("B-8", 4, null)).build());

    assertThat(created.extension(BADGE)).contains(badge);
    assertThat(created.schemas()).containsExactly(ScimUrns.CORE_USER, BADGE_URN);
    assertThat(read.extension(BADGE)).contains(badge);
    assertThat(replaced.extension(BADGE)).contains(new Badge("B-8", 4, null));
    assertThat(seen).containsExactly(Optional.of(badge), Optional.of(new Badge("B-8", 4, null)));
  }

  @Test
  void changesSendPatchOperationsUnderTheExtensionUrn() {
    User before =
        scim.users()
            .create(
                User.builder()
                    .userName("badge-patch")
                    .extension(BADGE, new Badge("B-1", 1, EXPIRES))
                    .build());
    User after = before.toBuilder().extension(BADGE, new Badge(null, 2, EXPIRES)).build();

    PatchBuilder<User> patch = scim.users().changes(before, after);

    assertThat(patch.operations())
        .extracting(op -> op.op().name() + " " + op.path())
        .containsExactly("REMOVE " + BADGE_URN + ":number", "REPLACE " + BADGE_URN + ":level");
    patch.execute();
    assertThat(scim.users().get(before.id()).extension(BADGE))
        .contains(new Badge(null, 2, EXPIRES));
    assertThat(seen).last().isEqualTo(Optional.of(new Badge(null, 2, EXPIRES)));
  }

  @Test
  void changesAddAndRemoveTheWholeExtensionAndItsUrn() {
    User plain = scim.users().create(User.builder().userName("badge-add-remove").build());
    User badged = plain.toBuilder().extension(BADGE, new Badge("B-2", 5, null)).build();

    scim.users().changes(plain, badged).execute();
    User withBadge = scim.users().get(plain.id());
    scim.users()
        .changes(withBadge, withBadge.toBuilder().withoutExtension(BADGE).build())
        .execute();
    User without = scim.users().get(plain.id());

    assertThat(withBadge.extension(BADGE)).contains(new Badge("B-2", 5, null));
    assertThat(withBadge.schemas()).contains(BADGE_URN);
    assertThat(without.extension(BADGE)).isEmpty();
    assertThat(without.schemas()).containsExactly(ScimUrns.CORE_USER);
  }

  @Test
  void theServerStillValidatesTheExtensionAgainstItsRegisteredSchema() {
    ScimResource wrongType =
        ScimResource.create(ScimUrns.CORE_USER, BADGE_URN)
            .set("userName", "badge-invalid")
            .set(BADGE_URN + ":level", "high");
    ScimResource unknownMember =
        ScimResource.create(ScimUrns.CORE_USER, BADGE_URN)
            .set("userName", "badge-unknown")
            .set(BADGE_URN + ":number", "B-3")
            .set(BADGE_URN + ":color", "red");

    assertThatThrownBy(() -> scim.resources("/Users").create(wrongType))
        .isInstanceOfSatisfying(
            ScimException.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.detail()).contains("level");
            });
    User stored = User.from(scim.resources("/Users").create(unknownMember));
    assertThat(stored.extension(BADGE)).contains(new Badge("B-3", null, null));
    assertThat(stored.attribute(BADGE_URN)).isEqualTo(ScimJson.readObject("{\"number\":\"B-3\"}"));
  }

  /** The README's snippet, as written there, against this server. */
  @Test
  void theReadmeSnippetWorksAsWritten() {
    User bob =
        scim.users()
            .create(
                User.builder().userName("bob").extension(BADGE, new Badge("B-7", 3, null)).build());
    Optional<Badge> badge = scim.users().get(bob.id()).extension(BADGE);
    User promoted = bob.toBuilder().extension(BADGE, new Badge("B-7", 4, null)).build();
    scim.users().changes(bob, promoted).execute();

    assertThat(badge).contains(new Badge("B-7", 3, null));
    assertThat(scim.users().get(bob.id()).extension(BADGE)).contains(new Badge("B-7", 4, null));
  }
}
