package io.scimworks.filter;

import static io.scimworks.filter.TestResources.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimworks.filter.AttributeInfo.ValueType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Literals compare with the attribute types RFC 7644 §3.4.2.2 pairs them with, or fail loudly. */
class ComparisonTypesTest {
  private static final Map<String, ValueType> TYPES =
      Map.of(
          "userName", ValueType.STRING,
          "active", ValueType.BOOLEAN,
          "meta.created", ValueType.DATE_TIME,
          "emails.primary", ValueType.BOOLEAN,
          "count", ValueType.INTEGER,
          "ratio", ValueType.DECIMAL,
          "photo", ValueType.BINARY,
          "profileUrl", ValueType.REFERENCE);
  private static final AttributeResolver RESOLVER =
      path -> {
        String name =
            path.subAttribute() == null
                ? path.attribute()
                : path.attribute() + "." + path.subAttribute();
        ValueType t = TYPES.get(name);
        return t == null ? null : new AttributeInfo(t, false, false);
      };
  private static final FilterEvaluator EVALUATOR = FilterEvaluator.of(RESOLVER);
  private static final FilterEvaluator LENIENT =
      FilterEvaluator.of(
          new AttributeResolver() {
            @Override
            public AttributeInfo resolve(AttributePath path) {
              return RESOLVER.resolve(path);
            }

            @Override
            public boolean booleanStrings() {
              return true;
            }
          });
  private static final JsonNode USER =
      json(
          "{\"userName\":\"5\",\"active\":true,\"count\":5,\"ratio\":0.5,"
              + "\"meta\":{\"created\":\"2026-01-01T00:00:00Z\"},\"x\":5,"
              + "\"emails\":[{\"value\":\"a@x\",\"primary\":true}]}");

  private static boolean matches(String filter) {
    return EVALUATOR.matches(Filter.parse(filter), USER);
  }

  private static boolean leniently(String filter) {
    return LENIENT.matches(Filter.parse(filter), USER);
  }

  @Test
  void
      aBooleanComparedWithTheStringTrueOrFalseIsThatBooleanWhenTheResolverSaysSoAsEntraWritesThem() {
    assertThat(leniently("active eq \"True\"")).isTrue();
    assertThat(leniently("active eq \"true\"")).isTrue();
    assertThat(leniently("active eq \"FALSE\"")).isFalse();
    assertThat(leniently("active ne \"False\"")).isTrue();
    assertThat(leniently("emails[primary eq \"True\"]")).isTrue();
    assertThat(leniently("active eq true")).isTrue();
    assertThatThrownBy(() -> leniently("active eq \"yes\"")).isInstanceOf(FilterException.class);
    assertThatThrownBy(() -> matches("active eq \"True\""))
        .isInstanceOfSatisfying(
            FilterException.class,
            e -> assertThat(e.getMessage()).contains("compares with true or false, not a string"));
  }

  @Test
  void mismatchedLiteralsAreInvalidFiltersNamingTheMismatch() {
    Map<String, String> cases =
        Map.of(
            "userName gt 5", "a string attribute compares with a quoted string, not a number",
            "userName eq true", "not a boolean",
            "active eq \"yes\"", "a boolean attribute compares with true or false, not a string",
            "active eq 1", "not a number",
            "active gt \"true\"", "gt is not defined on boolean attributes",
            "meta.created gt 5", "RFC 3339 date-time",
            "count eq \"5\"", "a number attribute compares with an unquoted number, not a string",
            "ratio lt true", "not a boolean",
            "profileUrl eq 5", "a reference attribute",
            "photo eq 5", "a binary attribute");
    cases.forEach(
        (filter, message) ->
            assertThatThrownBy(() -> matches(filter))
                .as(filter)
                .isInstanceOfSatisfying(
                    FilterException.class,
                    e -> {
                      assertThat(e.scimType()).isEqualTo(FilterException.INVALID_FILTER);
                      assertThat(e.getMessage()).contains(filter).contains(message);
                    }));
  }

  @Test
  void matchingTypesAndAttributesNoSchemaDefinesCompareAsBefore() {
    assertThat(matches("userName eq \"5\"")).isTrue();
    assertThat(matches("count ge 5 and ratio lt 1")).isTrue();
    assertThat(matches("meta.created lt \"2027-01-01T00:00:00Z\"")).isTrue();
    // unknown to the schema: compared by the JSON type of the value
    assertThat(matches("x eq 5")).isTrue();
    assertThat(matches("x eq \"5\"")).isFalse();
  }

  @Test
  void theSameRuleAppliesInsideValuePathsAndWhenTranslatingFilters() {
    assertThatThrownBy(() -> matches("emails[primary eq \"yes\"]"))
        .isInstanceOf(FilterException.class);
    AttributeInfo bool = new AttributeInfo(ValueType.BOOLEAN, false, false);
    assertThat(
            ComparisonTypes.check(
                CompareOperator.EQ, CompareValue.of("TRUE"), bool, true, "active"))
        .isEqualTo(CompareValue.of(true));
    assertThat(ComparisonTypes.check(CompareOperator.EQ, CompareValue.of(5), null, false, "x"))
        .isEqualTo(CompareValue.of(5));
  }
}
