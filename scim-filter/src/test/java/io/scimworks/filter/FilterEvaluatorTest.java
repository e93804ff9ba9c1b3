package io.scimworks.filter;

import static io.scimworks.filter.TestResources.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimworks.filter.AttributeInfo.ValueType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FilterEvaluatorTest {
  private static final FilterEvaluator EVALUATOR = FilterEvaluator.of(AttributeResolver.DEFAULT);
  private static final JsonNode USER = TestResources.enterpriseUser();

  /** Knows one attribute: {@code meta} and its sub-attributes are date-times. */
  private static final AttributeResolver META_DATE_TIMES =
      path ->
          path.attribute().equals("meta")
              ? new AttributeInfo(ValueType.DATE_TIME, false, false)
              : null;

  private static boolean matches(String filter, JsonNode resource) {
    return EVALUATOR.matches(Filter.parse(filter), resource);
  }

  @Test
  void valuePathConditionsMustHoldOnOneAndTheSameElement() {
    // a work email exists and an email at jensen.org exists, but not one work email at jensen.org
    assertThat(matches("emails[type eq \"work\" and value co \"jensen.org\"]", USER)).isFalse();
    assertThat(matches("emails.type eq \"work\" and emails.value co \"jensen.org\"", USER))
        .isTrue();
    assertThat(matches("emails[type eq \"home\" and value co \"jensen.org\"]", USER)).isTrue();
  }

  @Test
  void nestedValuePathsInsideLogicalExpressionsAreEvaluatedPerElement() {
    assertThat(
            matches(
                "not (emails[type eq \"work\" and value co \"jensen.org\"]) and (addresses[type eq"
                    + " \"home\" and locality eq \"hollywood\"] or ims[type eq \"xmpp\"])",
                USER))
        .isTrue();
    assertThat(matches("emails[not (type eq \"work\") and primary eq true]", USER)).isFalse();
  }

  @Test
  void filtersOnAbsentAttributesSimplyDoNotMatch() {
    JsonNode minimal = TestResources.minimalUser();
    for (String f :
        new String[] {
          "nickName eq \"Babs\"",
          "nickName co \"a\"",
          "nickName gt \"a\"",
          "emails.value sw \"b\"",
          "emails[type eq \"work\"]",
          "name.givenName pr",
          "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber eq \"701984\"",
          "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value pr",
          "urn:example:unknown:2.0:Thing:widget eq 3",
          "unknownAttribute.sub le 4"
        }) {
      assertThat(matches(f, minimal)).as(f).isFalse();
      assertThat(matches("not (" + f + ")", minimal)).as("not " + f).isTrue();
    }
  }

  @Test
  void neIsTrueOnAbsentAttributesAndMeansAnyValueDiffersOnMultiValuedOnes() {
    JsonNode minimal = TestResources.minimalUser();
    assertThat(matches("nickName ne \"Babs\"", minimal)).isTrue();
    assertThat(matches("nickName ne \"Babs\"", USER)).isFalse();
    assertThat(matches("emails.type ne \"work\"", USER)).isTrue(); // the home email differs
    assertThat(matches("ims.type ne \"aim\"", USER)).isFalse();
  }

  @Test
  void extensionAttributesAreFoundUnderTheirUrnCaseInsensitively() {
    assertThat(
            matches(
                "URN:IETF:params:scim:schemas:extension:ENTERPRISE:2.0:User:MANAGER.value eq"
                    + " \"26118915-6090-4610-87e4-49d8ca9f808d\"",
                USER))
        .isTrue();
    assertThat(
            matches(
                "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber eq"
                    + " \"701984\"",
                USER))
        .isTrue();
    // not looked up at the top level when the extension is absent
    assertThat(
            matches(
                "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:userName pr",
                TestResources.fullUser()))
        .isFalse();
  }

  @Test
  void attributeNamesAreCaseInsensitiveAndStringsTooUnlessCaseExact() {
    assertThat(matches("USERNAME eq \"BJENSEN@EXAMPLE.COM\"", USER)).isTrue();
    AttributeResolver exact =
        path ->
            path.attribute().equalsIgnoreCase("userName")
                ? new AttributeInfo(ValueType.STRING, true, false)
                : null;
    FilterEvaluator strict = FilterEvaluator.of(exact);
    assertThat(strict.matches(Filter.parse("userName eq \"BJENSEN@EXAMPLE.COM\""), USER)).isFalse();
    assertThat(strict.matches(Filter.parse("userName eq \"bjensen@example.com\""), USER)).isTrue();
  }

  @Test
  void dateTimesCompareAsInstantsAcrossOffsetsAndFractions() {
    JsonNode r = json("{\"meta\":{\"lastModified\":\"2011-05-13T06:42:34.000+02:00\"}}");
    assertThat(matches("meta.lastModified eq \"2011-05-13T04:42:34Z\"", r)).isTrue();
    assertThat(matches("meta.lastModified gt \"2011-05-13T04:42:33.999999999Z\"", r)).isTrue();
    assertThat(matches("meta.lastModified lt \"2011-05-13T00:00:00-05:00\"", r)).isTrue();
    assertThatThrownBy(
            () ->
                FilterEvaluator.of(META_DATE_TIMES)
                    .compile(Filter.parse("meta.lastModified gt \"soon\"")))
        .isInstanceOfSatisfying(
            FilterException.class, e -> assertThat(e.scimType()).isEqualTo("invalidFilter"));
  }

  @Test
  void numbersCompareByNumericValue() {
    JsonNode r = json("{\"n\": 10, \"d\": 2.50, \"big\": 12345678901234567890}");
    assertThat(matches("n eq 1e1", r)).isTrue();
    assertThat(matches("n gt 9.99", r)).isTrue();
    assertThat(matches("d eq 2.5", r)).isTrue();
    assertThat(matches("big gt 12345678901234567889", r)).isTrue();
    assertThat(matches("n eq \"10\"", r)).isFalse();
  }

  @Test
  void orderingOnBooleansOrBinaryIsAnInvalidFilter() {
    assertThatThrownBy(() -> EVALUATOR.compile(Filter.parse("active gt true")))
        .isInstanceOfSatisfying(
            FilterException.class, e -> assertThat(e.scimType()).isEqualTo("invalidFilter"));
    AttributeResolver binary = path -> new AttributeInfo(ValueType.BINARY, true, true);
    assertThatThrownBy(
            () ->
                FilterEvaluator.of(binary).compile(Filter.parse("x509Certificates.value ge \"M\"")))
        .isInstanceOf(FilterException.class);
    assertThat(matches("active eq TRUE", USER)).isTrue();
  }

  @Test
  void presentIsFalseForNullEmptyArraysAndEmptyObjects() {
    JsonNode r =
        json(
            "{\"a\": null, \"b\": [], \"c\": {}, \"d\": \"\", \"e\": {\"x\": null}, \"f\": 0, \"g\": [{}]}");
    for (String attr : new String[] {"a", "b", "c", "d", "e", "g", "missing"}) {
      assertThat(matches(attr + " pr", r)).as(attr).isFalse();
      assertThat(matches(attr + " eq null", r)).as(attr).isTrue();
    }
    assertThat(matches("f pr", r)).isTrue();
    assertThat(matches("f ne null", r)).isTrue();
  }

  @Test
  void anElementFilterTestsOneElementWithRelativePaths() {
    Filter filter = PatchPath.parse("members[value eq \"2819c223\"]").valueFilter();
    CompiledFilter element = EVALUATOR.compileElementFilter(AttributePath.of("members"), filter);
    assertThat(element.test(json("{\"value\":\"2819c223\",\"display\":\"Babs\"}"))).isTrue();
    assertThat(element.test(json("{\"value\":\"other\"}"))).isFalse();
    assertThat(element.test(json("\"2819c223\""))).isTrue(); // a simple multi-valued element
  }

  @Test
  void theElementFilterAsksTheResolverAboutQualifiedPaths() {
    java.util.List<AttributePath> asked = new java.util.ArrayList<>();
    AttributeResolver recording =
        path -> {
          asked.add(path);
          return null;
        };
    FilterEvaluator.of(recording)
        .compileElementFilter(AttributePath.of("emails"), Filter.parse("type eq \"work\""));
    assertThat(asked).containsExactly(AttributePath.of("emails", "type"));
  }

  @Test
  void aComplexAttributeComparedDirectlyStandsForItsValue() {
    assertThat(matches("emails eq \"babs@jensen.org\"", USER)).isTrue();
    assertThat(matches("groups co \"d5c6a331660a\"", USER)).isTrue();
  }

  @Test
  void anInvalidComparisonIsNamedAsTheClientWroteIt() {
    assertThatThrownBy(
            () ->
                FilterEvaluator.of(META_DATE_TIMES)
                    .compile(Filter.parse("meta.lastModified gt \"soon\"")))
        .hasMessage(
            "Invalid filter at 'meta.lastModified gt \"soon\"': expected an RFC 3339 date-time"
                + " such as \"2011-05-13T04:42:34Z\"");
    assertThatThrownBy(
            () -> EVALUATOR.compile(Filter.parse("userName eq \"a\" and active gt true")))
        .hasMessage(
            "Invalid filter at 'active gt true': gt is not defined on booleans; use eq or ne");
  }
}
