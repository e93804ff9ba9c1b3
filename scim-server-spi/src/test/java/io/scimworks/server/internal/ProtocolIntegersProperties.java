package io.scimworks.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimworks.core.ScimException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/**
 * Zeros that do not change a number's value are part of no limit: {@code count} and {@code
 * startIndex} read {@code 0005}, {@code 5.000} and {@code 5e0001} however many zeros there are (a
 * run of 40 or more was refused), and anything else still needs to be a whole number in range.
 */
class ProtocolIntegersProperties {
  private static final int MAX = 1_000_000;

  @Property
  void leadingZerosOfAnyLengthAreTheSameNumber(
      @ForAll @IntRange(min = -MAX, max = MAX) int n,
      @ForAll @IntRange(min = 0, max = 5_000) int zeros,
      @ForAll boolean plus) {
    String sign = n < 0 ? "-" : plus ? "+" : "";
    String text = sign + "0".repeat(zeros) + Math.abs((long) n);

    assertThat(ProtocolIntegers.fromText("count", text, -MAX, MAX)).isEqualTo(n);
  }

  @Property
  void zerosOfTheFractionAndTheExponentAreTheSameNumberToo(
      @ForAll @IntRange(min = 0, max = MAX / 10) int n,
      @ForAll @IntRange(min = 0, max = 3_000) int zeros) {
    String z = "0".repeat(zeros);
    assertThat(ProtocolIntegers.fromText("count", z + n + ".0" + z, -MAX, MAX)).isEqualTo(n);
    assertThat(ProtocolIntegers.fromText("count", n + "0e-" + z + "1", -MAX, MAX)).isEqualTo(n);
    assertThat(ProtocolIntegers.fromText("count", n + "e+" + z + "0", -MAX, MAX)).isEqualTo(n);
  }

  @Property
  void aFractionOrANumberOutOfRangeIsRefusedHoweverManyZerosLead(
      @ForAll @IntRange(min = 1, max = 9) int tenths,
      @ForAll @IntRange(min = 0, max = 3_000) int zeros) {
    String z = "0".repeat(zeros);
    assertRefused(z + "5." + tenths);
    assertRefused(z + (MAX + tenths));
    assertRefused("-" + z + (MAX + tenths));
  }

  @Property
  void textThatIsNoNumberIsRefused(
      @ForAll @IntRange(min = 0, max = 3_000) int zeros,
      @ForAll @AlphaChars @StringLength(min = 1, max = 3) String letters) {
    String z = "0".repeat(zeros);
    assertRefused(z + "5" + letters);
    assertRefused("--" + z + "5");
    assertRefused("+-" + z + "5");
    assertRefused(z + "5.");
    assertRefused(z + ".5e");
    assertRefused("0x" + z + "5");
  }

  private static void assertRefused(String text) {
    assertThatThrownBy(() -> ProtocolIntegers.fromText("count", text, -MAX, MAX))
        .isInstanceOfSatisfying(
            ScimException.class,
            e -> {
              assertThat(e.scimType()).isEqualTo("invalidValue");
              assertThat(e.detail()).startsWith("'count' must be an integer");
            });
  }
}
