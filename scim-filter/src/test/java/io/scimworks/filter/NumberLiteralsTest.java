package io.scimworks.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Collections;
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

  @Test
  void printerKeepsHugeAndTinyNumbersShortSoThatTheyParseBack() {
    assertThat(Filter.parse("a eq 1e1000").toString()).isEqualTo("a eq 1E+1000");
    assertThat(Filter.parse("a eq -2.5e-999").toString()).isEqualTo("a eq -2.5E-999");
    String clauses = String.join(" or ", Collections.nCopies(65, "a eq 1e1000"));
    Filter many = Filter.parse(clauses);
    String printed = many.toString();
    assertThat(printed).hasSizeLessThan(clauses.length() * 2);
    assertThat(Filter.parse(printed)).isEqualTo(many);
  }

  @Test
  void printerWritesOrdinaryNumbersPlainly() {
    assertThat(Filter.parse("a eq 100").toString()).isEqualTo("a eq 100");
    assertThat(Filter.parse("a eq 1.50").toString()).isEqualTo("a eq 1.5");
    assertThat(Filter.parse("a eq 1e3").toString()).isEqualTo("a eq 1000");
    assertThat(Filter.parse("a eq 0.001").toString()).isEqualTo("a eq 0.001");
    assertThat(Filter.parse("a eq -0.0").toString()).isEqualTo("a eq 0");
    assertThat(Filter.parse("a eq 1e20").toString()).isEqualTo("a eq 100000000000000000000");
  }
}
