package io.scimworks.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link DateTimes} reads every RFC 3339 date-time, with or without its offset, as the instant
 * {@code java.time} reads from it, and nothing else.
 */
class DateTimesPropertiesTest {

  @Property
  void aDateTimeWithAnOffsetIsTheInstantJavaTimeReads(
      @ForAll("localDateTimes") LocalDateTime local,
      @ForAll @IntRange(min = -18 * 60, max = 18 * 60) int offsetMinutes) {
    OffsetDateTime t = local.atOffset(ZoneOffset.ofTotalSeconds(offsetMinutes * 60));
    String text = t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);

    assertThat(DateTimes.parse(text)).as(text).isEqualTo(t.toInstant());
  }

  @Property
  void aDateTimeWithoutAnOffsetIsReadAsUtc(@ForAll("localDateTimes") LocalDateTime local) {
    String text = local.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);

    assertThat(DateTimes.parse(text)).as(text).isEqualTo(local.toInstant(ZoneOffset.UTC));
  }

  @Property
  void anyTextIsADateTimeOrNullNeverAnException(@ForAll("nearDateTimes") String text) {
    Instant read = DateTimes.parse(text);
    if (read != null) {
      assertThat(text).matches("\\d{4}-\\d\\d-\\d\\d[Tt ]\\d\\d:\\d\\d:\\d\\d.*");
    }
  }

  @Example
  void whatIsNoDateTime() {
    for (String text :
        new String[] {
          "2011-05-13",
          "2011-05-13T04:42",
          "2011-02-30T00:00:00Z",
          "+12011-05-13T04:42:34Z",
          "2011-05-13T04:42:34+02:00[Europe/Paris]",
          "2011-05-13T24:00:00Z",
          "2011-05-13T04:42:34.Z",
          "2011-05-13T04:42:34+0200",
        }) {
      assertThat(DateTimes.parse(text)).as(text).isNull();
    }
    assertThat(DateTimes.parse("2016-12-31T23:59:60Z"))
        .isEqualTo(Instant.parse("2017-01-01T00:00:00Z")); // a leap second, as the next second
  }

  @Provide
  Arbitrary<LocalDateTime> localDateTimes() {
    return Arbitraries.longs()
        .between(
            LocalDateTime.of(0, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC),
            LocalDateTime.of(9999, 12, 31, 23, 59, 59).toEpochSecond(ZoneOffset.UTC))
        .flatMap(
            seconds ->
                Arbitraries.integers()
                    .between(0, 999_999_999)
                    .map(
                        nanos ->
                            LocalDateTime.ofEpochSecond(
                                seconds, nanos % 7 == 0 ? 0 : nanos, ZoneOffset.UTC)));
  }

  @Provide
  Arbitrary<String> nearDateTimes() {
    Arbitrary<String> base =
        localDateTimes().map(t -> t.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
    Arbitrary<String> tail =
        Arbitraries.of("", "Z", "z", "+01:00", "-23:59", "+24:00", "[UTC]", " ", ".", "+01");
    Arbitrary<Integer> cut = Arbitraries.integers().between(0, 40);
    return net.jqwik.api.Combinators.combine(base, tail, cut)
        .as((b, t, c) -> (b + t).substring(0, Math.min(c, (b + t).length())));
  }
}
