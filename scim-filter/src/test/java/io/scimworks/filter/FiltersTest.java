package io.scimworks.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FiltersTest {

  @Test
  void theBuilderWritesTheSameTreeAsTheParser() {
    Filter built = Filters.eq("userName", "bjensen").and(Filters.present("title"));
    assertThat(built).isEqualTo(Filter.parse("userName eq \"bjensen\" and title pr"));
    assertThat(built.toString()).isEqualTo("userName eq \"bjensen\" and title pr");
  }

  @Test
  void aComparisonBuiltFromCompareValueOfIsTheOneFiltersAndTheParserBuild() {
    Filter byHand =
        new Filter.Compare(
            AttributePath.parse("members.value"),
            CompareOperator.EQ,
            CompareValue.of("2819c223-7f76-453a-919d-413861904646"));

    assertThat(byHand)
        .isEqualTo(Filters.eq("members.value", "2819c223-7f76-453a-919d-413861904646"))
        .isEqualTo(Filter.parse("members.value eq \"2819c223-7f76-453a-919d-413861904646\""));
    assertThat(CompareValue.of(42)).isEqualTo(CompareValue.of(new java.math.BigDecimal("42.0")));
    assertThat(CompareValue.of(true)).isEqualTo(new CompareValue.BooleanValue(true));
  }

  @Test
  void everyOperatorAndLiteralKindIsCovered() {
    Filter f =
        Filters.or(
            Filters.and(Filters.ne("a", "x"), Filters.co("b", "y"), Filters.sw("c", "z")),
            Filters.not(Filters.ew("d", "w")),
            Filters.valuePath(
                "emails", Filters.eq("type", "work").and(Filters.eq("primary", true))),
            Filters.gt("n", 1).or(Filters.ge("n", 2)).or(Filters.lt("n", 3)).or(Filters.le("n", 4)),
            Filters.gt("meta.lastModified", Instant.parse("2011-05-13T04:42:34Z")));
    assertThat(Filter.parse(f.toString())).isEqualTo(f);
    assertThat(f.toString())
        .isEqualTo(
            "a ne \"x\" and b co \"y\" and c sw \"z\" or not (d ew \"w\") or emails[type eq \"work\""
                + " and primary eq true] or (n gt 1 or n ge 2 or n lt 3 or n le 4) or"
                + " meta.lastModified gt \"2011-05-13T04:42:34Z\"");
  }

  @Test
  void valuesWithQuotesAreEscapedNotConcatenated() {
    Filter f = Filters.eq("displayName", "say \"hi\" \\ bye");
    assertThat(Filter.parse(f.toString())).isEqualTo(f);
  }
}
