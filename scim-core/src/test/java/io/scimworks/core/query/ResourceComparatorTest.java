package io.scimworks.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.message.SortOrder;
import io.scimworks.core.resource.ScimResource;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.SchemaRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceComparatorTest {
  private final SchemaRegistry registry = SchemaRegistry.defaults();
  private final ResourceType users = ResourceType.user();

  private static List<String> ids(List<ScimResource> rs) {
    return rs.stream().map(ScimResource::id).toList();
  }

  private List<ScimResource> sorted(String sortBy, SortOrder order, String... jsons) {
    List<ScimResource> list = new ArrayList<>();
    for (String j : jsons) {
      list.add(ScimResource.parse(j));
    }
    list.sort(ResourceComparator.of(registry, users, sortBy, order));
    return list;
  }

  @Test
  void stringsThatAreNotCaseExactSortIgnoringCase() {
    assertThat(
            ids(
                sorted(
                    "userName",
                    SortOrder.ASCENDING,
                    "{\"id\":\"1\",\"userName\":\"bob\"}",
                    "{\"id\":\"2\",\"userName\":\"Alice\"}",
                    "{\"id\":\"3\",\"userName\":\"carol\"}")))
        .containsExactly("2", "1", "3");
  }

  @Test
  void caseExactStringsSortByCodePoint() {
    assertThat(
            ids(
                sorted(
                    "externalId",
                    null,
                    "{\"id\":\"1\",\"externalId\":\"b\"}",
                    "{\"id\":\"2\",\"externalId\":\"B\"}")))
        .containsExactly("2", "1");
  }

  @Test
  void missingValuesSortLastAscendingAndFirstDescending() {
    String[] in = {
      "{\"id\":\"1\"}",
      "{\"id\":\"2\",\"name\":{\"familyName\":\"Z\"}}",
      "{\"id\":\"3\",\"name\":{\"familyName\":\"A\"}}"
    };
    assertThat(ids(sorted("name.familyName", SortOrder.ASCENDING, in)))
        .containsExactly("3", "2", "1");
    assertThat(ids(sorted("name.familyName", SortOrder.DESCENDING, in)))
        .containsExactly("1", "2", "3");
  }

  @Test
  void multiValuedAttributesSortByThePrimaryValueElseTheFirst() {
    assertThat(
            ids(
                sorted(
                    "emails",
                    SortOrder.ASCENDING,
                    "{\"id\":\"1\",\"emails\":[{\"value\":\"a@x\"},{\"value\":\"z@x\",\"primary\":true}]}",
                    "{\"id\":\"2\",\"emails\":[{\"value\":\"m@x\"},{\"value\":\"b@x\"}]}")))
        .containsExactly("2", "1");
    assertThat(
            ids(
                sorted(
                    "emails.value",
                    SortOrder.ASCENDING,
                    "{\"id\":\"1\",\"emails\":[{\"value\":\"a@x\"},{\"value\":\"z@x\",\"primary\":\"True\"}]}",
                    "{\"id\":\"2\",\"emails\":[{\"value\":\"m@x\"}]}")))
        .containsExactly("2", "1");
  }

  @Test
  void dateTimesSortAsInstantsNotAsText() {
    assertThat(
            ids(
                sorted(
                    "meta.created",
                    SortOrder.ASCENDING,
                    "{\"id\":\"1\",\"meta\":{\"created\":\"2020-01-01T10:00:00+05:00\"}}",
                    "{\"id\":\"2\",\"meta\":{\"created\":\"2020-01-01T06:00:00Z\"}}")))
        .containsExactly("1", "2");
  }

  @Test
  void booleansSortFalseFirstAndUnknownNumbersNumerically() {
    assertThat(
            ids(
                sorted(
                    "active",
                    SortOrder.ASCENDING,
                    "{\"id\":\"1\",\"active\":true}",
                    "{\"id\":\"2\",\"active\":false}")))
        .containsExactly("2", "1");
    assertThat(
            ids(
                sorted(
                    "shoeSize",
                    SortOrder.ASCENDING,
                    "{\"id\":\"1\",\"shoeSize\":10}",
                    "{\"id\":\"2\",\"shoeSize\":9}")))
        .containsExactly("2", "1");
  }

  @Test
  void extensionAttributesSortByTheirUrnPath() {
    String ent = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    assertThat(
            ids(
                sorted(
                    ent + ":employeeNumber",
                    SortOrder.DESCENDING,
                    "{\"id\":\"1\",\"" + ent + "\":{\"employeeNumber\":\"a\"}}",
                    "{\"id\":\"2\",\"" + ent + "\":{\"employeeNumber\":\"b\"}}")))
        .containsExactly("2", "1");
  }
}
