package io.scimworks.filter;

import static io.scimworks.filter.TestResources.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

class JsonNumbersTest {
  private static final FilterEvaluator EVALUATOR = FilterEvaluator.of(AttributeResolver.DEFAULT);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static boolean matches(String filter, JsonNode resource) {
    return EVALUATOR.matches(Filter.parse(filter), resource);
  }

  @Test
  void numberBeyondDoubleRangeIsComparedNotThrown() {
    // Jackson reads 1e400 as an infinite double by default; comparing it used to throw
    JsonNode user = json("{\"score\": 1e400, \"low\": -1e400, \"emails\": [{\"custom\": 1e400}]}");
    assertThat(user.get("score").isDouble()).isTrue();

    assertThat(matches("score ge 0", user)).isTrue();
    assertThat(matches("score gt 1e300", user)).isTrue();
    assertThat(matches("score lt 0", user)).isFalse();
    assertThat(matches("score eq 5", user)).isFalse();
    assertThat(matches("score ne 5", user)).isTrue();
    assertThat(matches("low lt -1e300", user)).isTrue();
    assertThat(matches("low ge 0", user)).isFalse();
    assertThat(matches("emails[custom gt 1]", user)).isTrue();
    assertThat(matches("emails[custom le 1]", user)).isFalse();
  }

  @Test
  void infinitiesOrderAroundEveryFiniteNumber() {
    JsonNode plus = NODES.numberNode(Double.POSITIVE_INFINITY);
    JsonNode minus = NODES.numberNode(Double.NEGATIVE_INFINITY);
    JsonNode nan = NODES.numberNode(Double.NaN);
    JsonNode huge = NODES.numberNode(new BigDecimal("1e400"));
    JsonNode small = NODES.numberNode(-3L);

    assertThat(JsonNumbers.compare(plus, huge)).isPositive();
    assertThat(JsonNumbers.compare(minus, small)).isNegative();
    assertThat(JsonNumbers.compare(minus, plus)).isNegative();
    assertThat(JsonNumbers.compare(plus, plus)).isZero();
    assertThat(JsonNumbers.compare(nan, plus)).isPositive();
    assertThat(JsonNumbers.compare(huge, new BigDecimal("1E+400"))).isZero();
    assertThat(JsonNumbers.compare(plus, new BigDecimal("1E+400"))).isPositive();
  }

  @Test
  void equalValuesOfDifferentRepresentationsAreEqual() {
    assertThat(JsonNumbers.equal(NODES.numberNode(1), NODES.numberNode(new BigDecimal("1.00"))))
        .isTrue();
    assertThat(JsonNumbers.equal(NODES.numberNode(1.5d), NODES.numberNode(new BigDecimal("1.5"))))
        .isTrue();
    assertThat(
            JsonNumbers.compare(
                NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890")),
                NODES.numberNode(Long.MAX_VALUE)))
        .isPositive();
  }

  @Test
  void onlyNumbersCompare() {
    assertThatThrownBy(() -> JsonNumbers.compare(NODES.stringNode("1"), BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a number");
  }
}
