package io.scimworks.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.SchemaRegistry;
import io.scimworks.filter.Filter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What each database answers in SQL, exactly or as a pre-filter, and that values stay parameters.
 */
class SqlFilterTest {
  private static final String EXT = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  private static final SchemaRegistry REGISTRY = SchemaRegistry.defaults();
  private static final ResourceType USER = REGISTRY.resourceType("User").orElseThrow();
  private static final Layout LAYOUT = new Layout(REGISTRY, USER, List.of());
  private static final SqlFilter POSTGRES =
      new SqlFilter(LAYOUT, Dialect.POSTGRESQL, REGISTRY, USER);
  private static final SqlFilter H2 = new SqlFilter(LAYOUT, Dialect.H2, REGISTRY, USER);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "userName eq \"a\"",
        "userName co \"ſ\"",
        "title sw \"x\" and not (title ew \"y\")",
        "name.familyName ne \"x\"",
        "emails[type eq \"work\" and value co \"x\"]",
        "emails[not (value sw \"x\")] or emails.value eq \"z\"",
        "emails co \"x\"",
        "emails.primary eq true",
        "active ne false",
        "title eq null",
        "not (name pr)",
        EXT + ":employeeNumber eq \"7\"",
        EXT + ":manager.value pr",
        "meta.created gt \"2020-01-01T00:00:00Z\"",
        "title gt \"a\" or userName eq \"b\""
      })
  void postgresAnswersExactly(String filter) {
    Cond c = POSTGRES.translate(Filter.parse(filter));
    assertThat(c).as(filter).isNotNull();
    assertThat(c.exact()).as(filter).isEqualTo(!filter.contains("title gt"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "title gt \"a\"",
        "userName lt \"b\"",
        "meta.created eq \"2020-01-01T00:00:00Z\" and title co \"x\"",
        "userName eq \"" + "x" + "\" and emails[value sw \"y\"]"
      })
  void postgresNarrowsWhatItCannotDecide(String filter) {
    Cond c = POSTGRES.translate(Filter.parse(filter));
    assertThat(c).as(filter).isNotNull();
    if (filter.contains(" gt ") || filter.contains(" lt ")) {
      assertThat(c.exact()).as(filter).isFalse();
    }
  }

  /** Filters that match at most one user: an equality on userName, alone or in an and. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "userName eq \"a\"",
        "USERNAME eq \"A\"",
        "userName eq \"a\" and active eq true and title eq \"Engineer\"",
        "title eq \"x\" and (active eq true and userName eq \"a\")"
      })
  void anEqualityOnAUniqueKeyPinsOneResource(String filter) {
    assertThat(POSTGRES.pinsUnique(Filter.parse(filter))).as(filter).isTrue();
    assertThat(H2.pinsUnique(Filter.parse(filter))).as(filter).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "externalId eq \"a\"",
        "displayName eq \"a\"",
        "userName ne \"a\"",
        "userName sw \"a\"",
        "userName eq \"a\" or userName eq \"b\"",
        "not (userName eq \"a\")",
        "userName eq null",
        "emails[value eq \"a\"]",
        "userName eq \"a\\u0000\""
      })
  void otherFiltersMayMatchSeveral(String filter) {
    assertThat(POSTGRES.pinsUnique(Filter.parse(filter))).as(filter).isFalse();
  }

  @Test
  void aGroupsDisplayNameIsNotUnique() {
    ResourceType group = REGISTRY.resourceType("Group").orElseThrow();
    SqlFilter groups =
        new SqlFilter(new Layout(REGISTRY, group, List.of()), Dialect.POSTGRESQL, REGISTRY, group);
    assertThat(groups.pinsUnique(Filter.parse("displayName eq \"a\""))).isFalse();
  }

  @Test
  void h2AnswersTheIndexColumnsExactlyAndNarrowsSubstrings() {
    assertThat(H2.translate(Filter.parse("userName eq \"a\" or not (externalId pr)")).exact())
        .isTrue();
    Cond like = H2.translate(Filter.parse("userName sw \"a_%\""));
    assertThat(like.exact()).isFalse();
    assertThat(like.frag().params()).containsExactly("=a\\_\\%%");
    assertThat(H2.translate(Filter.parse("title co \"x\""))).isNull();
    assertThat(H2.supports(Filter.parse("emails[type eq \"work\"]"))).isFalse();
  }

  @Test
  void notOverAPreFilterIsNotPushedDown() {
    assertThat(POSTGRES.translate(Filter.parse("not (title gt \"a\")"))).isNull();
    assertThat(H2.translate(Filter.parse("not (userName co \"a\")"))).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "x'); DELETE FROM scim_resource; --",
        "a\\\\b",
        "$.userName ? (@ == 1)",
        "/* c */ ;",
        "[^a]*.+$"
      })
  void filterValuesNeverBecomeSqlText(String value) {
    String text = value.replace("\\", "\\\\").replace("\"", "\\\"");
    for (String f :
        List.of(
            "userName eq \"" + text + "\"",
            "title co \"" + text + "\"",
            "emails[value sw \"" + text + "\"]",
            EXT + ":employeeNumber ew \"" + text + "\"")) {
      Cond c = POSTGRES.translate(Filter.parse(f));
      String sql = c.frag().sql();
      assertThat(sql).as(f).doesNotContain(value).doesNotContain("DELETE").doesNotContain("/*");
      assertThat(sql.chars().filter(ch -> ch == '?').count() - jsonPathQuestionMarks(sql))
          .as(f)
          .isEqualTo(c.frag().params().size());
    }
  }

  /** The {@code ?} of the constant jsonpath filter expression in {@code pr} conditions. */
  private static long jsonPathQuestionMarks(String sql) {
    return sql.split("\\$\\.\\*\\* \\?", -1).length - 1;
  }
}
