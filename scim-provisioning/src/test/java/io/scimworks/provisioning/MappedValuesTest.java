package io.scimworks.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.json.ScimJson;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class MappedValuesTest {
  private final MappedValues users =
      new MappedValues(
          new ObjectMappings(
              ObjectMappings.Scope.ALL,
              null,
              List.of(
                  AttributeMapping.of("userName", Expression.attribute("upn")).matching(1),
                  AttributeMapping.of(
                      "urn:example:Custom:User:quota", Expression.attribute("quota")))));

  private ObjectNode desired(String quotaJson) {
    ObjectNode a = ScimJson.readObject("{\"upn\": \"a@b.c\", \"quota\": " + quotaJson + "}");
    return users.values(SourceValues.of(SourceUser.of("u1", a)), false);
  }

  @Test
  void aNumberTooLargeForADecimalComparesWithoutFailingAndCountsAsUnchanged() {
    ObjectNode sent = desired("1e400");

    assertThat(users.diff(sent, desired("1e400"))).isEmpty();
    assertThat(users.diff(sent, desired("-1e400"))).hasSize(1);
    assertThat(users.diff(sent, desired("5"))).hasSize(1);
  }

  @Test
  void numbersAreComparedByValueNotByTheirSpelling() {
    assertThat(users.diff(desired("1"), desired("1.0"))).isEmpty();
    assertThat(users.diff(desired("1"), desired("1e0"))).isEmpty();
    assertThat(users.diff(desired("1"), desired("2")))
        .extracting(c -> c.path().text())
        .containsExactly("urn:example:Custom:User:quota");
  }
}
