package io.scimworks.client.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Reads a {@code Retry-After} header (RFC 9110 §10.2.3): delta-seconds or an HTTP date. */
public final class RetryAfter {
  private RetryAfter() {}

  /**
   * How long the server asks to wait, measured from {@code now}; empty when the header is absent or
   * unreadable. A date in the past means "now" ({@link Duration#ZERO}).
   */
  public static Optional<Duration> parse(@Nullable String header, Instant now) {
    if (header == null) {
      return Optional.empty();
    }
    String value = header.trim();
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      // A huge number means "much later": cap it rather than overflow.
      return Optional.of(
          value.length() > 9
              ? Duration.ofSeconds(999_999_999L)
              : Duration.ofSeconds(Long.parseLong(value)));
    }
    try {
      Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration d = Duration.between(now, at);
      return Optional.of(d.isNegative() ? Duration.ZERO : d);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
