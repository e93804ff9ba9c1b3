package io.scimworks.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimworks.core.ScimException;
import io.scimworks.core.json.ScimJson;
import io.scimworks.core.patch.PatchEngine;
import io.scimworks.core.patch.PatchRequest;
import io.scimworks.core.resource.ScimResource;
import io.scimworks.core.schema.AttributeDefinition;
import io.scimworks.core.schema.AttributeType;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.Schema;
import io.scimworks.core.schema.SchemaRegistry;
import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * RFC 7643 §2.3.4: an integer is "a decimal number with no fractional part", however JSON writes
 * it. A whole number within the integer range (signed 64-bit) written with a fraction of zeros or
 * an exponent ({@code 1e3}, {@code 1000.0}, {@code 10000e-1}) is accepted and stored as the plain
 * integer ({@code 1000}) by validation and by the PATCH engine alike; a number with a fraction, or
 * beyond the range, is 400 {@code invalidValue} naming the attribute.
 */
class IntegerValuesProperties {
  private static final String URN = "urn:example:scim:schemas:Counter";
  private static final Schema SCHEMA =
      Schema.builder(URN)
          .attribute(AttributeDefinition.builder("seats", AttributeType.INTEGER).build())
          .build();
  private static final ResourceType TYPE =
      ResourceType.builder("Counter", "/Counters", URN).build();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.builder().schema(SCHEMA).resourceType(TYPE).build();
  private static final ResourceValidator VALIDATOR = ResourceValidator.of(REGISTRY);
  private static final PatchEngine PATCH = PatchEngine.of(REGISTRY, TYPE);

  @Property
  void aWholeNumberInAnyNotationIsStoredAsThePlainInteger(
      @ForAll @LongRange(min = -(1L << 53) + 1, max = (1L << 53) - 1) long n,
      @ForAll("notations") Notation notation) {
    String text = notation.write(n);
    JsonNode expected = ScimJson.read(Long.toString(n));

    assertThat(viaValidator(text)).as(text).isEqualTo(expected);
    assertThat(viaPatch(text, true)).as(text).isEqualTo(expected);
    assertThat(viaPatch(text, false)).as(text).isEqualTo(expected);
  }

  @Property
  void plainDigitsAreExactOverTheWholeLongRange(@ForAll long n) {
    String text = Long.toString(n);
    assertThat(viaValidator(text)).isEqualTo(ScimJson.read(text));
    assertThat(viaPatch(text, true)).isEqualTo(ScimJson.read(text));
  }

  @Property
  void aNumberWithAFractionIsRefusedNamingTheAttribute(
      @ForAll @LongRange(min = -1_000_000_000L, max = 1_000_000_000L) long whole,
      @ForAll @IntRange(min = 1, max = 999) int thousandths) {
    String text = BigDecimal.valueOf(whole).add(BigDecimal.valueOf(thousandths, 3)).toPlainString();
    assertRefused(text);
    // the same number in exponent form: 12.5 as 125e-1
    BigDecimal d = new BigDecimal(text);
    assertRefused(d.unscaledValue() + "e-" + d.scale());
  }

  @Property
  void anIntegerBeyondTheLongRangeIsRefused(@ForAll @IntRange(min = 1, max = 1_000) int over) {
    BigInteger beyond = BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.valueOf(over));
    assertRefused(beyond.toString());
    assertRefused(beyond.negate().subtract(BigInteger.TWO).toString());
  }

  @Example
  void theEdgeCasesOfTheRule() {
    assertThat(viaValidator("1e3")).isEqualTo(ScimJson.read("1000"));
    assertThat(viaValidator("1000.0")).isEqualTo(ScimJson.read("1000"));
    assertThat(viaValidator("-0.0")).isEqualTo(ScimJson.read("0"));
    assertThat(viaValidator("1e15")).isEqualTo(ScimJson.read("1000000000000000"));
    assertRefused("1e18"); // beyond 2^53 in exponent form: it could be 1e18 + 0.3 as a double
    assertRefused("1.5");
    assertRefused("1e-1");
    assertRefused("1e400"); // beyond a double
    assertRefused("1e19"); // beyond a long
    assertThat(viaValidator("9007199254740991.0")).isEqualTo(ScimJson.read("9007199254740991"));
    assertRefused("9007199254740993.0"); // read as 2^53: beyond 2^53 - 1 a double loses digits
  }

  @Provide
  Arbitrary<Notation> notations() {
    return Arbitraries.of(Notation.values());
  }

  /** Ways of writing a whole number in JSON. */
  enum Notation {
    FRACTION_OF_ZEROS {
      @Override
      String write(long n) {
        return n + ".000";
      }
    },
    EXPONENT {
      @Override
      String write(long n) {
        return n + "e0";
      }
    },
    SCALED_DOWN {
      @Override
      String write(long n) {
        return n == 0 ? "0E-2" : n + "00E-2"; // 1000 as 100000E-2
      }
    },
    SCIENTIFIC {
      @Override
      String write(long n) {
        String digits = Long.toString(Math.abs(n));
        String mantissa =
            digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (n < 0 ? "-" : "") + mantissa + "e+" + (digits.length() - 1);
      }
    };

    abstract String write(long n);
  }

  private static JsonNode viaValidator(String number) {
    ObjectNode body =
        ScimJson.readObject("{\"schemas\":[\"" + URN + "\"],\"seats\":" + number + "}");
    return VALIDATOR.validateCreate(TYPE, ScimResource.of(body)).json().get("seats");
  }

  private static JsonNode viaPatch(String number, boolean withPath) {
    ObjectNode stored = ScimJson.readObject("{\"schemas\":[\"" + URN + "\"],\"id\":\"c1\"}");
    String op =
        withPath
            ? "{\"op\":\"add\",\"path\":\"seats\",\"value\":" + number + "}"
            : "{\"op\":\"replace\",\"value\":{\"seats\":" + number + "}}";
    PatchRequest request =
        PatchRequest.fromJson(
            ScimJson.readObject(
                "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                    + "\"Operations\":["
                    + op
                    + "]}"));
    return PATCH.apply(stored, request).resource().get("seats");
  }

  private static void assertRefused(String number) {
    assertThatThrownBy(() -> viaValidator(number))
        .as(number)
        .isInstanceOfSatisfying(
            ScimException.class,
            e -> {
              assertThat(e.scimType()).hasToString("invalidValue");
              assertThat(e.detail()).contains("seats");
            });
    assertThatThrownBy(() -> viaPatch(number, true))
        .as(number)
        .isInstanceOfSatisfying(
            ScimException.class,
            e -> {
              assertThat(e.scimType()).hasToString("invalidValue");
              assertThat(e.detail()).contains("seats");
            });
  }
}
