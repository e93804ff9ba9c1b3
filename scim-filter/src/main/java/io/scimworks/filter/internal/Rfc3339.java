package io.scimworks.filter.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An allocation-light reader of RFC 3339 date-times ({@code 2011-05-13T04:42:34.123+02:00}), the
 * format of SCIM {@code dateTime} values (RFC 7643 §2.3.5), also without the offset that {@code
 * xsd:dateTime} makes optional (read as UTC). Faster than {@code DateTimeFormatter} on the
 * evaluation hot path, and exact: anything else (a date alone, a zone name, a signed year) is not a
 * date-time. {@code io.scimworks.filter.DateTimes} publishes it.
 */
public final class Rfc3339 {
  private Rfc3339() {}

  /**
   * The instant, or {@code null} when {@code s} is not a date-time.
   *
   * @param s the text; not null
   * @return the instant it stands for, or {@code null}
   */
  public static @Nullable Instant parse(String s) {
    int n = s.length();
    if (n < 19 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(13) != ':') {
      return null;
    }
    char t = s.charAt(10);
    if ((t != 'T' && t != 't' && t != ' ') || s.charAt(16) != ':') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
      return null;
    }
    if (hour > 23 || minute > 59 || second > 60) {
      return null;
    }
    int i = 19;
    int nanos = 0;
    if (i < n && s.charAt(i) == '.') {
      int start = ++i;
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        if (i - start < 9) {
          nanos = nanos * 10 + (s.charAt(i) - '0');
        }
        i++;
      }
      int count = i - start;
      if (count == 0) {
        return null;
      }
      for (int k = count; k < 9; k++) {
        nanos *= 10;
      }
    }
    int offsetSeconds;
    char z = i < n ? s.charAt(i) : ' ';
    if (i == n) {
      offsetSeconds = 0; // no offset: xsd:dateTime allows it; read as UTC
    } else if (z == 'Z' || z == 'z') {
      offsetSeconds = 0;
      i++;
    } else if ((z == '+' || z == '-') && i + 6 == n && s.charAt(i + 3) == ':') {
      int oh = digits(s, i + 1, 2);
      int om = digits(s, i + 4, 2);
      if (oh < 0 || om < 0 || oh > 23 || om > 59) {
        return null;
      }
      offsetSeconds = (oh * 3600 + om * 60) * (z == '-' ? -1 : 1);
      i += 6;
    } else {
      return null;
    }
    if (i != n) {
      return null;
    }
    long epochDay;
    try {
      epochDay = LocalDate.of(year, month, day).toEpochDay();
    } catch (DateTimeException e) {
      return null;
    }
    long seconds = epochDay * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
    return Instant.ofEpochSecond(seconds, nanos);
  }

  private static int digits(String s, int start, int count) {
    int value = 0;
    for (int i = start; i < start + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
