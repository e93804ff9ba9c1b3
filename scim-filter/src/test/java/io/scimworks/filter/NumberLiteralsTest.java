package io.scimworks.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Number literals: bounded before they are converted, printed in a form that parses back. */
class NumberLiteralsTest {

  private static void rejected(String filter) {
    assertThatThrownBy(() -> Filter.parse(filter))
        .isInstanceOfSatisfying(
            FilterException.class,
            e -> {
              assertThat(e.scimType()).isEqualTo(FilterException.INVALID_FILTER);
              assertThat(e.position()).isEqualTo(5);
            })
        .hasMessageContaining("at most 1000 digits");
  }

  @Test
  void numberOfSixtyFiveThousandDigitsIsRejectedBeforeConversion() {
    rejected("a eq 1" + "7".repeat(65_000));
    rejected("a eq 1." + "0".repeat(65_000));
    rejected("a eq -0.000" + "1".repeat(2_000) + "e5");
  }

  @Test
  void numbersBeyondTheScaleOrWithHugeExponentsAreRejected() {
    rejected("a eq 1e1001");
    rejected("a eq 1e-1001");
    rejected("a eq 1e99999999999999999999");
    rejected("a eq 1e" + "9".repeat(60_000));
  }

  @Test
  void longNumberInAPatchPathIsAnInvalidFilter() {
    assertThatThrownBy(
            () -> PatchPath.parse("emails[value eq 1" + "0".repeat(60_000) + "].display"))
        .isInstanceOfSatisfying(
            FilterException.class,
            e -> assertThat(e.scimType()).isEqualTo(FilterException.INVALID_FILTER))
        .hasMessageContaining("at most 1000 digits");
  }

  @Test
  void numbersAtTheLimitsAreAccepted() {
    String thousandDigits = "9".repeat(1000);
    Filter f = Filter.parse("a eq " + thousandDigits);
    assertThat(((Filter.Compare) f).value())
        .isEqualTo(CompareValue.of(new BigDecimal(thousandDigits)));
    assertThat(Filter.parse("a eq 1e1000")).isEqualTo(Filter.parse("a eq 10e999"));
    assertThat(Filter.parse("a eq 1e-1000")).isNotNull();
    assertThat(Filter.parse("a eq 1" + "0".repeat(900) + "e-900"))
        .isEqualTo(Filter.parse("a eq 1"));
  }

  /** {@code a eq value}, built from a value rather than read from text. */
  private static Filter built(String value) {
    return new Filter.Compare(
        AttributePath.of("a"), CompareOperator.EQ, CompareValue.of(new BigDecimal(value)));
  }

  @Test
  void printerKeepsHugeAndTinyBuiltNumbersShortSoThatTheyParseBack() {
    assertThat(built("1e1000").toString()).isEqualTo("a eq 1E+1000");
    assertThat(built("-2.5e-999").toString()).isEqualTo("a eq -2.5E-999");
    Filter many = built("1e1000");
    for (int i = 0; i < 64; i++) {
      many = new Filter.Or(many, built("1e1000"));
    }
    String printed = many.toString();
    assertThat(printed).hasSizeLessThan(65 * "a eq 1e1000 or ".length() * 2);
    assertThat(Filter.parse(printed)).isEqualTo(many);
  }

  @Test
  void printerWritesOrdinaryBuiltNumbersPlainly() {
    assertThat(built("100").toString()).isEqualTo("a eq 100");
    assertThat(built("1.50").toString()).isEqualTo("a eq 1.5");
    assertThat(built("1e3").toString()).isEqualTo("a eq 1000");
    assertThat(built("0.001").toString()).isEqualTo("a eq 0.001");
    assertThat(built("-0.0").toString()).isEqualTo("a eq 0");
    assertThat(built("1e20").toString()).isEqualTo("a eq 100000000000000000000");
  }

  @Test
  void aNumberReadFromTextPrintsAsTheClientWroteItAndEqualsItsValue() {
    for (String literal : new String[] {"1e400", "1.50", "-0.0e-0", "1e3", "100", "-2.5e-999"}) {
      Filter f = Filter.parse("a eq " + literal);
      assertThat(f.toString()).isEqualTo("a eq " + literal);
      assertThat(f).isEqualTo(built(literal)).hasSameHashCodeAs(built(literal));
      assertThat(Filter.parse(f.toString())).isEqualTo(f);
    }
    assertThat(PatchPath.parse("emails[value eq 1e400]").toString())
        .isEqualTo("emails[value eq 1e400]");
  }

  @Test
  void aComparisonErrorQuotesTheLiteralAsWritten() {
    // a string attribute compared with a number: the evaluator names the comparison
    AttributeResolver strings =
        path -> new AttributeInfo(AttributeInfo.ValueType.STRING, false, false);
    assertThatThrownBy(() -> FilterEvaluator.of(strings).compile(Filter.parse("userName eq 1e400")))
        .isInstanceOf(FilterException.class)
        .hasMessageContaining("'userName eq 1e400'");
  }
}
