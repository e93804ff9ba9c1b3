package io.scimworks.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The scans kept of resources lately read answer for the very array they were made from, never for
 * another text of the same resource and version (a database store reads a new array each time, a
 * store may reuse a version string after a restore).
 */
class StoredJsonRecentTest {

  private static byte[] text(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String written(StoredJson s, int i) {
    return new String(JsonOut.write(g -> s.writeValue(g, i)), StandardCharsets.UTF_8);
  }

  @Test
  void anotherArrayOfTheSameResourceAndVersionIsScannedForWhatItHolds() {
    byte[] first = text("{\"userName\":\"alice\",\"emails\":[{\"value\":\"a@x\"}]}");
    byte[] second = text("{\"displayName\":\"Bob\",\"userName\":\"bob\"}");

    StoredJson a = StoredJson.scan("id-1", "W/\"1\"", first);
    StoredJson b = StoredJson.scan("id-1", "W/\"1\"", second);

    assertThat(a.count()).isEqualTo(2);
    assertThat(written(a, 0)).isEqualTo("\"alice\"");
    assertThat(b.count()).isEqualTo(2);
    assertThat(b.name(0)).isEqualTo("displayName");
    assertThat(written(b, 1)).isEqualTo("\"bob\"");
  }

  @Test
  void aLargeTextIsScannedForWhatItHoldsEachTime() {
    String members = "{\"value\":\"m\"},".repeat(1_000);
    byte[] large = text("{\"displayName\":\"big\",\"members\":[" + members + "{\"value\":\"z\"}]}");
    byte[] other = text("{\"displayName\":\"small\"}");

    StoredJson a = StoredJson.scan("g-1", "W/\"2\"", large);
    StoredJson b = StoredJson.scan("g-1", "W/\"2\"", other);

    assertThat(large.length).isGreaterThan(8 * 1024);
    assertThat(a.count()).isEqualTo(2);
    assertThat(a.value(1).size()).isEqualTo(1_001);
    assertThat(b.count()).isEqualTo(1);
    assertThat(written(b, 0)).isEqualTo("\"small\"");
  }

  @Test
  void theSameArrayReadAgainGivesTheSameMembersAndValuesEachTime() {
    byte[] json = text("{\"name\":{\"givenName\":\"Ann\"},\"active\":true,\"x\":1.50}");

    StoredJson once = StoredJson.scan("id-2", "W/\"7\"", json);
    StoredJson again = StoredJson.scan("id-2", "W/\"7\"", json);

    for (StoredJson s : new StoredJson[] {once, again}) {
      assertThat(s.count()).isEqualTo(3);
      assertThat(s.value(0).get("givenName").stringValue()).isEqualTo("Ann");
      assertThat(s.value(1).booleanValue()).isTrue();
      assertThat(s.value(2).decimalValue()).isEqualByComparingTo("1.50");
    }
    // a tree handed out is the caller's: changing it changes nothing kept
    ((tools.jackson.databind.node.ObjectNode) once.value(0)).put("givenName", "Changed");
    assertThat(again.value(0).get("givenName").stringValue()).isEqualTo("Ann");
  }
}
