package io.scimworks.server.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class BoundedBodyTest {

  @Property(tries = 200)
  void aBodyWithinTheLimitIsReadWhole(
      @ForAll @IntRange(max = 70_000) int size, @ForAll @IntRange(max = 3) int slack)
      throws Exception {
    byte[] body = new byte[size];
    for (int i = 0; i < size; i++) {
      body[i] = (byte) i;
    }
    long limit = size + slack;

    assertThat(BoundedBody.read(new ByteArrayInputStream(body), -1, limit)).isEqualTo(body);
    assertThat(BoundedBody.read(new ByteArrayInputStream(body), size, limit)).isEqualTo(body);
  }

  @Property(tries = 200)
  void aChunkedBodyOverTheLimitIsRefusedAfterReadingAtMostOneByteMore(
      @ForAll @IntRange(max = 50_000) int limit) {
    AtomicLong served = new AtomicLong();
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            served.incrementAndGet();
            return 'x';
          }

          @Override
          public int read(byte[] b, int off, int len) {
            int n = Math.min(len, 1000);
            served.addAndGet(n);
            return n;
          }
        };

    assertThatThrownBy(() -> BoundedBody.read(endless, -1, limit))
        .isInstanceOf(BoundedBody.TooLargeException.class);
    assertThat(served.get()).isEqualTo(limit + 1L);
  }

  @Test
  void aDeclaredLengthOverTheLimitIsRefusedWithoutReading() {
    InputStream untouchable =
        new InputStream() {
          @Override
          public int read() {
            throw new AssertionError("read");
          }
        };

    assertThatThrownBy(() -> BoundedBody.read(untouchable, 1_000_001, 1_000_000))
        .isInstanceOf(BoundedBody.TooLargeException.class);
  }

  @Test
  void aBodyShorterThanItsDeclaredLengthIsAnError() {
    assertThatThrownBy(() -> BoundedBody.read(new ByteArrayInputStream(new byte[3]), 10, 100))
        .isInstanceOf(EOFException.class);
  }

  @Test
  void contentLengthMustBeOneRunOfDecimalDigits() {
    assertThat(BoundedBody.declaredLength(null)).isEqualTo(-1);
    assertThat(BoundedBody.declaredLength(List.of(" 42 "))).isEqualTo(42);
    assertThat(BoundedBody.declaredLength(List.of("0"))).isZero();
    for (String malformed :
        new String[] {
          "-1", "12abc", "+42", "4 2", "42, 42", "", "0x10", "\u0664\u0662", "9".repeat(19)
        }) {
      assertThatThrownBy(() -> BoundedBody.declaredLength(List.of(malformed)))
          .as(malformed)
          .isInstanceOf(NumberFormatException.class);
    }
    assertThatThrownBy(() -> BoundedBody.declaredLength(List.of("42", "42")))
        .isInstanceOf(NumberFormatException.class);
  }
}
