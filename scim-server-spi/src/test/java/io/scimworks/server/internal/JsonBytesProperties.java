package io.scimworks.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The word-at-a-time searches of {@link JsonBytes} answer what a byte-by-byte look answers, for
 * every position of the byte that stops them (a quote, a backslash, a control character, a byte
 * beyond ASCII) within and across eight-byte words, and for neighbours of those bytes that a
 * careless bit trick mistakes for them ({@code !}, {@code #}, {@code [}, {@code ]}, space, DEL).
 */
class JsonBytesProperties {

  @Provide
  Arbitrary<byte[]> texts() {
    byte[] rare = {
      '"',
      '\\',
      0x00,
      0x01,
      0x1f,
      ' ',
      '!',
      '#',
      '[',
      ']',
      0x7f,
      (byte) 0x80,
      (byte) 0xc3,
      (byte) 0xff
    };
    // mostly plain letters, so that runs of whole words come before the byte that stops a search
    return Arbitraries.integers()
        .between(0, 199)
        .map(i -> i < rare.length ? rare[i] : (byte) 'a')
        .list()
        .ofMaxSize(40)
        .map(
            list -> {
              byte[] b = new byte[list.size()];
              for (int i = 0; i < b.length; i++) {
                b[i] = list.get(i);
              }
              return b;
            });
  }

  @Property(tries = 2000)
  void plainAsciiLooksAtEveryByte(
      @ForAll("texts") byte[] text, @ForAll @IntRange(max = 40) int from, @ForAll int toSeed) {
    int start = Math.min(from, text.length);
    int end = start + Math.floorMod(toSeed, text.length - start + 1);
    boolean plain = true;
    for (int i = start; i < end; i++) {
      plain &= text[i] >= 0x20 && text[i] != '"' && text[i] != '\\';
    }
    assertThat(JsonBytes.plainAscii(text, start, end)).isEqualTo(plain);
  }

  @Property(tries = 2000)
  void aStringEndsAtItsFirstUnescapedQuote(@ForAll("texts") byte[] rest) {
    byte[] text = new byte[rest.length + 1];
    text[0] = '"';
    System.arraycopy(rest, 0, text, 1, rest.length);
    int expected = -1;
    for (int i = 1; i < text.length; i++) {
      if (text[i] == '\\') {
        i++;
      } else if (text[i] == '"') {
        expected = i + 1;
        break;
      }
    }
    assertThat(JsonBytes.valueEnd(text, 0)).isEqualTo(expected);
  }
}
