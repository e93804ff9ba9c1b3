package io.scimworks.filter;

import io.scimworks.filter.internal.Rfc3339;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a SCIM {@code dateTime} is (RFC 7643 §2.3.5), defined once: the validator accepts exactly
 * the values this reads, and the filter evaluator and sorting compare them as the instants it
 * returns, so that a value a service stores is a value its filters can find.
 *
 * <p>Accepted: an RFC 3339 date-time ({@code 2011-05-13T04:42:34Z}, {@code
 * 2011-05-13T04:42:34.5+02:00}; {@code t}, {@code z} and a space for {@code T} as RFC 3339 allows,
 * a leap second {@code :60} read as the next second), and the same without an offset, as {@code
 * xsd:dateTime} allows ({@code 2011-05-13T04:42:34}), read as UTC. Not accepted: a year outside
 * 0000-9999 or with a sign, a zone name ({@code [Europe/Paris]}), a date alone, an impossible date.
 *
 * <pre>{@code
 * Instant hired = DateTimes.parse("2011-05-13T04:42:34Z");  // null when it is no dateTime
 * }</pre>
 */
public final class DateTimes {
  private DateTimes() {}

  /**
   * The instant a {@code dateTime} value stands for.
   *
   * @param text the value; not null
   * @return the instant, or {@code null} when {@code text} is not a SCIM {@code dateTime}
   */
  public static @Nullable Instant parse(String text) {
    return Rfc3339.parse(text);
  }
}
