package io.scimworks.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every filter example of RFC 7644 §3.4.2.2, evaluated against the example users of RFC 7643 §8.1
 * (minimal, userName "Bjensen"), §8.2 (full) and §8.3 (enterprise).
 */
class Rfc7644ExamplesTest {
  private static final FilterEvaluator EVALUATOR = FilterEvaluator.of(AttributeResolver.DEFAULT);
  private static final JsonNode MINIMAL = TestResources.minimalUser();
  private static final JsonNode FULL = TestResources.fullUser();
  private static final JsonNode ENTERPRISE = TestResources.enterpriseUser();

  static Stream<Arguments> examples() {
    return Stream.of(
        // filter, matches minimal, full, enterprise
        Arguments.of("userName eq \"bjensen\"", true, false, false), // "Bjensen": case-insensitive
        Arguments.of("name.familyName co \"O'Malley\"", false, false, false),
        Arguments.of("userName sw \"J\"", false, false, false),
        Arguments.of("userName sw \"b\"", true, true, true),
        Arguments.of(
            "urn:ietf:params:scim:schemas:core:2.0:User:userName sw \"J\"", false, false, false),
        Arguments.of(
            "urn:ietf:params:scim:schemas:core:2.0:User:userName sw \"B\"", true, true, true),
        Arguments.of("title pr", false, true, true),
        Arguments.of("meta.lastModified gt \"2011-05-13T04:42:34Z\"", false, false, false),
        Arguments.of("meta.lastModified ge \"2011-05-13T04:42:34Z\"", true, true, true),
        Arguments.of("meta.lastModified lt \"2011-05-13T04:42:34Z\"", false, false, false),
        Arguments.of("meta.lastModified le \"2011-05-13T04:42:34Z\"", true, true, true),
        Arguments.of("title pr and userType eq \"Employee\"", false, true, true),
        Arguments.of("title pr or userType eq \"Intern\"", false, true, true),
        Arguments.of(
            "schemas eq \"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\"",
            false,
            false,
            true),
        Arguments.of(
            "userType eq \"Employee\" and (emails co \"example.com\" or emails.value co"
                + " \"example.org\")",
            false,
            true,
            true),
        // the minimal user has no userType: "ne" holds on an absent attribute, and it has no
        // emails, so the negated disjunction holds too
        Arguments.of(
            "userType ne \"Employee\" and not (emails co \"example.com\" or emails.value co"
                + " \"example.org\")",
            true,
            false,
            false),
        Arguments.of("userType eq \"Employee\" and (emails.type eq \"work\")", false, true, true),
        Arguments.of(
            "userType eq \"Employee\" and emails[type eq \"work\" and value co \"@example.com\"]",
            false,
            true,
            true),
        Arguments.of(
            "emails[type eq \"work\" and value co \"@example.com\"] or ims[type eq \"xmpp\" and"
                + " value co \"@foo.com\"]",
            false,
            true,
            true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyRfcExampleParsesPrintsAndEvaluatesAsTheRfcSays(
      String text, boolean minimal, boolean full, boolean enterprise) {
    Filter filter = Filter.parse(text);
    assertThat(Filter.parse(filter.toString())).isEqualTo(filter);
    CompiledFilter compiled = EVALUATOR.compile(filter);
    assertThat(compiled.test(MINIMAL)).as("minimal user").isEqualTo(minimal);
    assertThat(compiled.test(FULL)).as("full user").isEqualTo(full);
    assertThat(compiled.test(ENTERPRISE)).as("enterprise user").isEqualTo(enterprise);
  }
}
