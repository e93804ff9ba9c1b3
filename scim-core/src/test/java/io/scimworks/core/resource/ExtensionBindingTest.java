package io.scimworks.core.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.scimworks.core.ScimException;
import io.scimworks.core.ScimUrns;
import io.scimworks.core.json.ScimJson;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class ExtensionBindingTest {
  static final String URN = "urn:acme:params:scim:schemas:extension:Badge:2.0:User";

  record Badge(String number, Integer level, Instant expires) {}

  record Office(String building, Integer floor) {}

  record Desk(String label, Office office, List<Office> previous) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Sparse(String number, Integer level) {}

  /** A plain class with a no-argument constructor and setters. */
  static final class Locker {
    private String code;

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }
  }

  static final ExtensionBinding<Badge> BADGE = ExtensionBinding.of(URN, Badge.class);

  private static ObjectNode json(String text) {
    return ScimJson.readObject(text.replace('\'', '"'));
  }

  @Test
  void aUserCarriesTheTypedExtensionUnderItsUrnAndListsItInSchemas() {
    Badge badge = new Badge("B-7", 3, Instant.parse("2030-01-02T03:04:05Z"));

    User u = User.builder().userName("bjensen").extension(BADGE, badge).build();

    assertThat(u.extension(BADGE)).contains(badge);
    assertThat(u.schemas()).containsExactly(ScimUrns.CORE_USER, URN);
    assertThat(u.attribute(URN))
        .isEqualTo(json("{'number':'B-7','level':3,'expires':'2030-01-02T03:04:05Z'}"));
  }

  @Test
  void withoutExtensionRemovesTheObjectAndItsUrnAndNullDoesTheSame() {
    User u = User.builder().userName("bjensen").extension(BADGE, new Badge("B", 1, null)).build();

    User without = u.toBuilder().withoutExtension(BADGE).build();
    User nulled = u.toBuilder().extension(BADGE, null).build();

    assertThat(without.extension(BADGE)).isEmpty();
    assertThat(without.schemas()).containsExactly(ScimUrns.CORE_USER);
    assertThat(without.attribute(URN)).isNull();
    assertThat(nulled).isEqualTo(without);
    assertThat(without.toBuilder().withoutExtension(BADGE).build()).isEqualTo(without);
  }

  @Test
  void attributesTheTypeDoesNotDeclareAreIgnoredOnReadAndKeptOnWrite() {
    ScimResource r =
        ScimResource.of(
            json(
                "{'schemas':['"
                    + ScimUrns.CORE_USER
                    + "','"
                    + URN
                    + "'],'"
                    + URN
                    + "':{'number':'B-1','color':'red'}}"));

    assertThat(r.extension(BADGE)).contains(new Badge("B-1", null, null));

    r.setExtension(BADGE, new Badge("B-2", 5, null));

    assertThat(r.extension(URN).orElseThrow())
        .isEqualTo(json("{'color':'red','number':'B-2','level':5}"));
    assertThat(r.schemas()).containsExactly(ScimUrns.CORE_USER, URN);
  }

  @Test
  void aNullComponentRemovesItsAttributeEvenWhenTheTypeLeavesNullsOut() {
    ExtensionBinding<Sparse> sparse = ExtensionBinding.of(URN, Sparse.class);
    User u = User.builder().extension(sparse, new Sparse("B-1", 4)).build();

    User changed = u.toBuilder().extension(sparse, new Sparse("B-1", null)).build();

    assertThat(changed.attribute(URN)).isEqualTo(json("{'number':'B-1'}"));
    assertThat(changed.extension(sparse)).contains(new Sparse("B-1", null));
  }

  @Test
  void namesAndTheUrnMatchInAnyCaseAndTheExistingSpellingOfTheUrnIsKept() {
    String shouted = URN.toUpperCase(java.util.Locale.ROOT);
    ScimResource r = ScimResource.of(json("{'" + shouted + "':{'NUMBER':'B-9','Level':2}}"));

    assertThat(r.extension(BADGE)).contains(new Badge("B-9", 2, null));

    r.setExtension(BADGE, new Badge("B-10", null, null));

    assertThat(r.json().propertyNames()).contains(shouted).doesNotContain(URN);
    assertThat(r.extension(BADGE)).contains(new Badge("B-10", null, null));
  }

  @Test
  void groupsAndGenericResourcesTakeBindingsToo() {
    ExtensionBinding<Office> office =
        ExtensionBinding.of(
            "urn:acme:params:scim:schemas:extension:Office:2.0:Group", Office.class);

    Group g = Group.builder().displayName("Ops").extension(office, new Office("HQ", 2)).build();
    ScimResource generic = g.toResource();

    assertThat(g.extension(office)).contains(new Office("HQ", 2));
    assertThat(generic.extension(office)).contains(new Office("HQ", 2));
    assertThat(generic.setExtension(office, null).extension(office)).isEmpty();
    assertThat(generic.schemas()).containsExactly(ScimUrns.CORE_GROUP);
  }

  @Test
  void plainClassesAndMapsBindAsWellAsRecords() {
    ExtensionBinding<Locker> locker = ExtensionBinding.of(URN, Locker.class);
    Locker l = new Locker();
    l.setCode("L-1");

    User u = User.builder().extension(locker, l).build();

    assertThat(u.extension(locker).orElseThrow().getCode()).isEqualTo("L-1");

    @SuppressWarnings({"unchecked", "rawtypes"})
    ExtensionBinding<Map<String, Object>> map =
        (ExtensionBinding) ExtensionBinding.of(URN, Map.class);
    User mapped = u.toBuilder().extension(map, Map.of("other", 1)).build();

    assertThat(mapped.attribute(URN)).isEqualTo(json("{'other':1}"));
  }

  @Test
  void aValueThatDoesNotMapNamesTheUrnAndTheAttribute() {
    User u = User.fromJson("{\"" + URN + "\": {\"number\": \"B\", \"level\": \"high\"}}");

    assertThatThrownBy(() -> u.extension(BADGE))
        .isInstanceOfSatisfying(
            ScimException.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.scimType()).isEqualTo("invalidValue");
              assertThat(e.detail()).startsWith(URN + ":level cannot be read as Badge: ");
            });
  }

  @Test
  void aNestedValueThatDoesNotMapNamesItsPath() {
    ExtensionBinding<Desk> desk = ExtensionBinding.of(URN, Desk.class);
    User u =
        User.fromJson(
            ("{'" + URN + "': {'label': 'D', 'previous': [{'floor': 1}, {'floor': 'x'}]}}")
                .replace('\'', '"'));

    assertThatThrownBy(() -> u.extension(desk))
        .isInstanceOfSatisfying(
            ScimException.class,
            e -> assertThat(e.detail()).startsWith(URN + ":previous[1].floor cannot be read"));
  }

  @Test
  void anExtensionThatIsNotAnObjectIsAnInvalidValueAndIsReplacedOnWrite() {
    ScimResource r = ScimResource.of(json("{'" + URN + "':'B-7'}"));

    assertThatThrownBy(() -> r.extension(BADGE))
        .isInstanceOfSatisfying(
            ScimException.class,
            e -> assertThat(e.detail()).isEqualTo(URN + " is string, not an object"));

    r.setExtension(BADGE, new Badge("B-7", null, null));

    assertThat(r.extension(BADGE)).contains(new Badge("B-7", null, null));
  }

  @Test
  void bindingsRejectCoreSchemasBlankUrnsAndTypesThatAreNotObjects() {
    assertThatThrownBy(() -> ExtensionBinding.of(ScimUrns.CORE_USER, Badge.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("core schema");
    assertThatThrownBy(() -> ExtensionBinding.of(" ", Badge.class))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ExtensionBinding.of(URN, String.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(URN)
        .hasMessageContaining("java.lang.String");
    assertThatThrownBy(() -> ExtensionBinding.of(URN, List.class))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(BADGE.urn()).isEqualTo(URN);
    assertThat(BADGE.type()).isEqualTo(Badge.class);
    assertThat(BADGE).hasToString("ExtensionBinding[" + URN + " -> " + Badge.class.getName() + "]");
  }
}
