package io.scimworks.server.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RawTargetsTest {
  @Test
  void asciiIsLeftAlone() {
    String raw = "/Users/a%2Fb?filter=userName+eq+%22x%22";
    assertThat(RawTargets.encodeNonAscii(raw, true)).isSameAs(raw);
  }

  @Test
  void utf8BytesReadAsLatin1ComeOutAsTheirUtf8Encoding() {
    String latin1 =
        new String("zoë🚀".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    assertThat(RawTargets.encodeNonAscii(latin1, true)).isEqualTo("zo%C3%AB%F0%9F%9A%80");
  }

  @Test
  void decodedCharactersComeOutAsTheirUtf8Encoding() {
    assertThat(RawTargets.encodeNonAscii("zoë🚀", false)).isEqualTo("zo%C3%AB%F0%9F%9A%80");
  }

  @Test
  void framingHeadersBelongToTheBinding() {
    assertThat(RawTargets.isFramingHeader("content-LENGTH")).isTrue();
    assertThat(RawTargets.isFramingHeader("Transfer-Encoding")).isTrue();
    assertThat(RawTargets.isFramingHeader("Content-Type")).isFalse();
  }
}
