package io.scimworks.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.json.ScimJson;
import io.scimworks.server.JsonTrees;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Finding a stored text's members by its bytes gives what a JSON parser finds: the same names in
 * the same order, the same values (scalars read, objects and arrays left in the text), the same
 * timestamps of {@code meta}, for compact and indented text, names and strings with escapes and
 * beyond ASCII, duplicate and odd-case {@code meta} members.
 */
class StoredJsonScanProperties {
  private static final JsonNodeFactory NODES = ScimJson.nodes();

  @Provide
  Arbitrary<byte[]> texts() {
    Arbitrary<String> names =
        Arbitraries.oneOf(
            Arbitraries.of(
                "userName", "emails", "meta", "META", "Meta", "schemas", "id", "x:y.z", ""),
            JsonTrees.trees().names());
    Arbitrary<JsonNode> meta =
        Arbitraries.oneOf(
            times().map(t -> (JsonNode) t),
            JsonTrees.trees().scalars(),
            Arbitraries.just(NODES.objectNode()));
    Arbitrary<JsonNode> value = JsonTrees.trees().maxDepth(2).maxSize(4).values();
    Arbitrary<Tuple.Tuple2<String, JsonNode>> member =
        names.flatMap(n -> (n.equalsIgnoreCase("meta") ? meta : value).map(v -> Tuple.of(n, v)));
    Arbitrary<ObjectNode> objects =
        member
            .list()
            .ofMaxSize(8)
            .map(
                members -> {
                  ObjectNode o = NODES.objectNode();
                  members.forEach(m -> o.set(m.get1(), m.get2()));
                  return o;
                });
    return Arbitraries.oneOf(
        objects.map(ScimJson::writeBytes),
        objects.map(
            o ->
                ScimJson.mapper()
                    .writer()
                    .with(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsBytes(o)),
        // a member named twice, which a tree cannot hold but a text can
        objects.map(
            o -> {
              String text = new String(ScimJson.writeBytes(o), StandardCharsets.UTF_8);
              String twice =
                  text.length() > 2
                      ? text.substring(0, text.length() - 1)
                          + ",\"meta\":{\"created\":\"c2\"},"
                          + text.substring(1)
                      : text;
              return twice.getBytes(StandardCharsets.UTF_8);
            }));
  }

  private Arbitrary<ObjectNode> times() {
    Arbitrary<String> key =
        Arbitraries.of("created", "Created", "lastModified", "LASTMODIFIED", "x");
    return key.flatMap(k -> JsonTrees.trees().scalars().map(v -> Tuple.of(k, v)))
        .list()
        .ofMaxSize(4)
        .map(
            members -> {
              ObjectNode o = NODES.objectNode();
              members.forEach(m -> o.set(m.get1(), m.get2()));
              return o;
            });
  }

  @Property(tries = 500)
  void theBytesGiveWhatTheParserGives(@ForAll("texts") byte[] text) {
    StoredJson parsed = StoredJson.scanWithParser(text);
    StoredJson bytes = StoredJson.scanBytes(text);
    boolean asciiNames = true;
    for (String name : ScimJson.readObject(text).propertyNames()) {
      asciiNames &= name.chars().allMatch(c -> c >= 0x20 && c < 0x80 && c != '"' && c != '\\');
    }
    if (asciiNames) {
      // names as a store writes them: the bytes alone must do (the parser is only a fallback)
      assertThat(bytes).isNotNull();
    }
    assertSame(bytes != null ? bytes : StoredJson.scan(text), parsed);
  }

  @Example
  void textWithWhitespaceEverywhereAndAStringFullOfDelimiters() {
    byte[] text =
        (" \n{ \"a\" : \"}],{[\\\"\" ,\t\"b\":[ 1 , {\"c\" : \"]\"} ] ,\"meta\" : {\"created\" :"
                + " \"2026-01-01T00:00:00Z\", \"lastModified\": 5 }, \"n\" : -1.5e3 ,"
                + " \"t\":true,\"f\" :false , \"z\": null }\r\n")
            .getBytes(StandardCharsets.UTF_8);
    StoredJson s = StoredJson.scanBytes(text);
    assertThat(s).isNotNull();
    assertSame(s, StoredJson.scanWithParser(text));
    assertThat(s.count()).isEqualTo(6);
    assertThat(s.value(0).stringValue()).isEqualTo("}],{[\"");
    assertThat(s.created()).isEqualTo("2026-01-01T00:00:00Z");
    assertThat(s.lastModified()).isNull();
  }

  private static void assertSame(StoredJson bytes, StoredJson parsed) {
    assertThat(bytes.count()).isEqualTo(parsed.count());
    assertThat(bytes.created()).isEqualTo(parsed.created());
    assertThat(bytes.lastModified()).isEqualTo(parsed.lastModified());
    for (int i = 0; i < parsed.count(); i++) {
      assertThat(bytes.name(i)).isEqualTo(parsed.name(i));
      assertThat(bytes.structureInText(i)).isEqualTo(parsed.structureInText(i));
      if (parsed.inText(i)) {
        assertThat(bytes.inText(i)).isTrue();
        assertThat(written(bytes, i)).isEqualTo(written(parsed, i));
      } else if (bytes.inText(i)) {
        // a plain string or a literal, copied as the text spells it: what writing its value gives
        assertThat(written(bytes, i))
            .isEqualTo(new String(ScimJson.writeBytes(parsed.value(i)), StandardCharsets.UTF_8));
      }
      assertThat(bytes.value(i)).isEqualTo(parsed.value(i));
    }
  }

  private static String written(StoredJson s, int i) {
    return new String(JsonOut.write(g -> s.writeValue(g, i)), StandardCharsets.UTF_8);
  }
}
