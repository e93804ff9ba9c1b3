package io.scimworks.filter;

import static io.scimworks.filter.CompareOperator.CO;
import static io.scimworks.filter.CompareOperator.EQ;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FilterParserTest {

  private static Filter parse(String text) {
    return Filter.parse(text);
  }

  private static Filter.Compare eq(String attr, String value) {
    return new Filter.Compare(AttributePath.parse(attr), EQ, new CompareValue.StringValue(value));
  }

  private static FilterException invalid(String text) {
    try {
      Filter.parse(text);
    } catch (FilterException e) {
      return e;
    }
    throw new AssertionError("accepted: " + text);
  }

  @Test
  void aSimpleComparisonParses() {
    assertThat(parse("userName eq \"bjensen\"")).isEqualTo(eq("userName", "bjensen"));
  }

  @Test
  void notBindsTighterThanAndWhichBindsTighterThanOr() {
    Filter f = parse("a eq \"1\" or b eq \"2\" and not (c eq \"3\")");
    assertThat(f)
        .isEqualTo(
            new Filter.Or(eq("a", "1"), new Filter.And(eq("b", "2"), eq("c", "3").negate())));
    Filter g = parse("a eq \"1\" and b eq \"2\" or c eq \"3\"");
    assertThat(g)
        .isEqualTo(new Filter.Or(new Filter.And(eq("a", "1"), eq("b", "2")), eq("c", "3")));
  }

  @Test
  void andAndOrAreLeftAssociative() {
    assertThat(parse("a pr or b pr or c pr"))
        .isEqualTo(
            new Filter.Or(
                new Filter.Or(
                    new Filter.Present(AttributePath.of("a")),
                    new Filter.Present(AttributePath.of("b"))),
                new Filter.Present(AttributePath.of("c"))));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "userName eq \"x\" garbage",
        "userName eq \"x\")",
        "(userName eq \"x\"",
        "userName eq \"x\" and",
        "userName eq",
        "userName",
        "",
        "   ",
        "eq \"x\"",
        "userName eq \"x\" userName eq \"y\"",
        "emails[type eq \"work\"",
        "emails[type eq \"work\"]]",
        "userName eq 'x'",
        "userName eq \"unterminated",
        "userName eq \"bad \\q escape\"",
        "userName === \"x\"",
        "not userName eq \"x\"",
        "1abc eq \"x\"",
        "name..givenName eq \"x\"",
        "name.givenName.x eq \"x\"",
        "urn:a:b: eq 1",
        "x eq 01",
        "x eq 1.",
        "x eq .5",
        "x eq +1",
        "x eq 1e99999999999",
        "x eq 1e5000"
      })
  void trailingOrMalformedInputIsAnInvalidFilterWithAPosition(String text) {
    FilterException e = invalid(text);
    assertThat(e.scimType()).isEqualTo("invalidFilter");
    assertThat(e.position()).isBetween(0, text.length());
    assertThat(e.getMessage()).contains("position " + e.position()).contains("expected");
  }

  @Test
  void trailingGarbageIsReportedWhereItStarts() {
    FilterException e = invalid("userName eq \"x\" garbage");
    assertThat(e.position()).isEqualTo(16);
    assertThat(e.getMessage()).contains("'garbage'").contains("end of the input");
  }

  @Test
  void keywordsOperatorsAndLiteralsAreCaseInsensitive() {
    assertThat(parse("userName EQ \"x\" AnD NOT (active Eq True) OR title PR"))
        .isEqualTo(parse("userName eq \"x\" and not (active eq true) or title pr"));
    assertThat(parse("x eq NULL")).isEqualTo(parse("x eq null"));
  }

  @Test
  void jsonEscapesAndNonAsciiStringsAreDecoded() {
    assertThat(parse("displayName eq \"Bärbel \\u00e9\\\"\\\\\\/\\b\\f\\n\\r\\t 日本 😀\""))
        .isEqualTo(eq("displayName", "Bärbel é\"\\/\b\f\n\r\t 日本 😀"));
  }

  @Test
  void escapesAreCaseSensitiveAsInJson() {
    assertThat(invalid("x eq \"\\N\"").getMessage()).contains("escape");
  }

  @Test
  void numbersAreJsonNumbersComparedByValue() {
    assertThat(parse("x gt -1.50e+2"))
        .isEqualTo(
            new Filter.Compare(
                AttributePath.of("x"),
                CompareOperator.GT,
                new CompareValue.NumberValue(new BigDecimal("-150"))));
    assertThat(parse("x eq 1")).isEqualTo(parse("x eq 1.0"));
  }

  @Test
  void urnQualifiedPathsSplitAtTheLastColon() {
    Filter f =
        parse(
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value eq \"26118915-6090-4610-87e4-49d8ca9f808d\"");
    AttributePath path = ((Filter.Compare) f).path();
    assertThat(path)
        .isEqualTo(
            new AttributePath(
                "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", "manager", "value"));
  }

  @Test
  void valuePathsParseAlsoInsideLogicalExpressions() {
    Filter f =
        parse(
            "userType eq \"Employee\" and (emails[type eq \"work\" and value co \"@example.com\"] or ims[type eq \"xmpp\"])");
    Filter emails =
        new Filter.ValuePath(
            AttributePath.of("emails"),
            new Filter.And(
                eq("type", "work"),
                new Filter.Compare(
                    AttributePath.of("value"), CO, new CompareValue.StringValue("@example.com"))));
    Filter ims = new Filter.ValuePath(AttributePath.of("ims"), eq("type", "xmpp"));
    assertThat(f).isEqualTo(new Filter.And(eq("userType", "Employee"), new Filter.Or(emails, ims)));
    assertThat(parse("not (emails[type eq \"work\"])"))
        .isEqualTo(
            new Filter.Not(new Filter.ValuePath(AttributePath.of("emails"), eq("type", "work"))));
  }

  @Test
  void aValueFilterInsideAValueFilterIsRejectedAsTheRfcGrammarDoes() {
    FilterException e = invalid("emails[type[x eq 1]]");
    assertThat(e.position()).isEqualTo(11);
  }

  @Test
  void leniencyAcceptsUnquotedBareWordsOnlyWhenAskedFor() {
    FilterParser lenient = FilterParser.builder().lenient(true).build();
    assertThat(lenient.parseFilter("externalId eq jyoung")).isEqualTo(eq("externalId", "jyoung"));
    assertThat(lenient.parseFilter("userName eq bjensen@example.com and active eq true"))
        .isEqualTo(eq("userName", "bjensen@example.com").and(parse("active eq true")));
    assertThat(invalid("externalId eq jyoung").getMessage()).contains("'jyoung'");
  }

  @Test
  void deepNestingIsRejectedBeforeTheParserRecurses() {
    String deep = "(".repeat(10_000) + "a pr" + ")".repeat(10_000);
    FilterException e = invalid(deep);
    assertThat(e.position()).isEqualTo(64);
    assertThat(e.getMessage()).contains("nested");
    String deepNot = "not (".repeat(5000) + "a pr" + ")".repeat(5000);
    assertThat(invalid(deepNot).scimType()).isEqualTo("invalidFilter");
  }

  @Test
  void hugeInputIsRejectedUpFront() {
    String huge = "userName eq \"" + "x".repeat(1 << 20) + "\"";
    FilterException e = invalid(huge);
    assertThat(e.position()).isEqualTo(FilterParser.DEFAULT_MAX_LENGTH);
    String chain = "a pr or ".repeat(100_000) + "a pr";
    assertThat(
            FilterParser.builder().maxLength(Integer.MAX_VALUE).build().parseFilter("a pr or a pr"))
        .isNotNull();
    FilterException terms =
        org.junit.jupiter.api.Assertions.assertThrows(
            FilterException.class,
            () -> FilterParser.builder().maxLength(Integer.MAX_VALUE).build().parseFilter(chain));
    assertThat(terms.getMessage()).contains("1000 comparisons");
  }

  @Test
  void patchPathsParseWithFilterAndSubAttribute() {
    assertThat(PatchPath.parse("members[value eq \"2819c223\"]"))
        .isEqualTo(new PatchPath(AttributePath.of("members"), eq("value", "2819c223"), null));
    assertThat(PatchPath.parse("emails[type eq \"work\"].value"))
        .isEqualTo(new PatchPath(AttributePath.of("emails"), eq("type", "work"), "value"));
    assertThat(PatchPath.parse("name.givenName"))
        .isEqualTo(PatchPath.of(AttributePath.of("name", "givenName")));
    assertThat(
            PatchPath.parse("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager"))
        .isEqualTo(
            PatchPath.of(
                new AttributePath(
                    "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
                    "manager",
                    null)));
  }

  @Test
  void patchPathErrorsAreInvalidPathOutsideTheBracketsAndInvalidFilterInside() {
    assertThatThrownBy(() -> PatchPath.parse("members[value eq \"x\"]garbage"))
        .isInstanceOfSatisfying(
            FilterException.class, e -> assertThat(e.scimType()).isEqualTo("invalidPath"));
    assertThatThrownBy(() -> PatchPath.parse("members[value eq ]"))
        .isInstanceOfSatisfying(
            FilterException.class, e -> assertThat(e.scimType()).isEqualTo("invalidFilter"));
    assertThatThrownBy(() -> PatchPath.parse("emails.value[type eq \"work\"]"))
        .isInstanceOfSatisfying(
            FilterException.class,
            e -> {
              assertThat(e.scimType()).isEqualTo("invalidPath");
              assertThat(e.position()).isEqualTo(12);
            });
    assertThatThrownBy(() -> PatchPath.parse("1x"))
        .isInstanceOfSatisfying(
            FilterException.class, e -> assertThat(e.scimType()).isEqualTo("invalidPath"));
  }

  @Test
  void attributeListsAreCommaSeparatedPaths() {
    assertThat(
            FilterParser.defaults()
                .parseAttributeList(
                    "userName, name.givenName,urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber"))
        .containsExactly(
            AttributePath.of("userName"),
            AttributePath.of("name", "givenName"),
            new AttributePath(
                "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
                "employeeNumber",
                null));
    assertThat(FilterParser.defaults().parseAttributeList(" ")).isEqualTo(List.of());
    assertThatThrownBy(() -> FilterParser.defaults().parseAttributeList("userName,,x"))
        .isInstanceOf(FilterException.class);
  }

  @Test
  void attributePathsAcceptRefAndRejectJunk() {
    assertThat(AttributePath.parse("members.$ref")).isEqualTo(AttributePath.of("members", "$ref"));
    assertThatThrownBy(() -> AttributePath.parse("a b"))
        .isInstanceOfSatisfying(
            FilterException.class, e -> assertThat(e.scimType()).isEqualTo("invalidPath"));
    assertThatThrownBy(() -> AttributePath.parse("")).isInstanceOf(FilterException.class);
  }

  @Test
  void keywordsAreValidAttributeNames() {
    assertThat(parse("not eq \"x\"")).isEqualTo(eq("not", "x"));
    assertThat(parse("pr pr")).isEqualTo(new Filter.Present(AttributePath.of("pr")));
  }
}
