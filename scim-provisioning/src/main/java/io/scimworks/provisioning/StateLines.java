package io.scimworks.provisioning;

import io.scimworks.core.json.ScimJson;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON lines of a {@link FileState}: one line per object, {@code {"kind": "user", "id": "u1",
 * "targetId": ..., "sent": {...}}}, kind and id first so that a reader finds the key without
 * parsing the rest; a removed object is {@code {"kind": "user", "id": "u1", "removed": true}}.
 */
final class StateLines {
  /** The order of a state file: kind, then source id. */
  record Key(ObjectKind kind, String id) implements Comparable<Key> {
    private static final Comparator<Key> ORDER =
        Comparator.comparing(Key::kind).thenComparing(Key::id);

    @Override
    public int compareTo(Key o) {
      return ORDER.compare(this, o);
    }
  }

  /** One line: an object's state, or {@code null} for a removed object. */
  record Line(Key key, @Nullable ObjectState state) {
    static final Comparator<Line> ORDER = Comparator.comparing(Line::key);
  }

  private static final String[] PREFIXES = new String[ObjectKind.values().length];
  private static final byte[][] PREFIX_BYTES = new byte[ObjectKind.values().length][];

  static {
    for (ObjectKind kind : ObjectKind.values()) {
      PREFIXES[kind.ordinal()] = "{\"kind\":\"" + kindName(kind) + "\",\"id\":\"";
      PREFIX_BYTES[kind.ordinal()] = PREFIXES[kind.ordinal()].getBytes(StandardCharsets.US_ASCII);
    }
  }

  private StateLines() {}

  static String kindName(ObjectKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  static ObjectKind kind(String name) {
    for (ObjectKind k : ObjectKind.values()) {
      if (kindName(k).equals(name)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown kind \"" + name + "\"");
  }

  /** The key of a line, reading only its first two members. */
  static Key key(String line) {
    for (ObjectKind kind : ObjectKind.values()) {
      String prefix = PREFIXES[kind.ordinal()];
      if (line.startsWith(prefix)) {
        String id = plainString(line, prefix.length());
        if (id != null) {
          return new Key(kind, id); // the lines this class writes: no parser needed
        }
      }
    }
    return parsedKey(line);
  }

  /** The key of the line in {@code bytes[from, to)}, decoding only the id when it can. */
  static Key key(byte[] bytes, int from, int to) {
    for (ObjectKind kind : ObjectKind.values()) {
      byte[] prefix = PREFIX_BYTES[kind.ordinal()];
      if (to - from > prefix.length
          && Arrays.equals(bytes, from, from + prefix.length, prefix, 0, prefix.length)) {
        for (int i = from + prefix.length; i < to; i++) {
          if (bytes[i] == '"') {
            int idFrom = from + prefix.length;
            return new Key(kind, new String(bytes, idFrom, i - idFrom, StandardCharsets.UTF_8));
          }
          if (bytes[i] == '\\') {
            break;
          }
        }
      }
    }
    return parsedKey(new String(bytes, from, to - from, StandardCharsets.UTF_8));
  }

  /** The JSON string starting at {@code from} when it has no escapes, else {@code null}. */
  private static @Nullable String plainString(String line, int from) {
    for (int i = from; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        return line.substring(from, i);
      }
      if (c == '\\') {
        return null;
      }
    }
    return null;
  }

  private static Key parsedKey(String line) {
    try (JsonParser p = ScimJson.mapper().createParser(line)) {
      expect(p.nextToken() == JsonToken.START_OBJECT);
      expect(p.nextToken() == JsonToken.PROPERTY_NAME && p.getString().equals("kind"));
      expect(p.nextToken() == JsonToken.VALUE_STRING);
      ObjectKind kind = kind(p.getString());
      expect(p.nextToken() == JsonToken.PROPERTY_NAME && p.getString().equals("id"));
      expect(p.nextToken() == JsonToken.VALUE_STRING);
      return new Key(kind, p.getString());
    }
  }

  private static void expect(boolean ok) {
    if (!ok) {
      throw new IllegalArgumentException("a line that does not start with \"kind\" and \"id\"");
    }
  }

  static Line line(String text) {
    JsonNode o = ScimJson.read(text);
    Key key = new Key(kind(o.path("kind").asString()), o.path("id").asString());
    return new Line(key, o.path("removed").asBoolean() ? null : objectState(o));
  }

  static ObjectNode json(Line line) {
    ObjectNode o = ScimJson.object();
    o.put("kind", kindName(line.key().kind()));
    o.put("id", line.key().id());
    ObjectState s = line.state();
    if (s == null) {
      o.put("removed", true);
      return o;
    }
    if (s.targetId() != null) {
      o.put("targetId", s.targetId());
    }
    o.set("sent", s.sent());
    if (s.disabled()) {
      o.put("disabled", true);
    }
    if (!s.members().isEmpty()) {
      ArrayNode m = o.putArray("members");
      s.members().forEach(m::add);
    }
    if (s.failures() > 0) {
      o.put("failures", s.failures());
      if (s.retryAt() != null) {
        o.put("retryAt", s.retryAt().toString());
      }
      if (s.lastError() != null) {
        o.put("lastError", s.lastError());
      }
    }
    return o;
  }

  static ObjectState objectState(JsonNode o) {
    if (!(o.path("sent") instanceof ObjectNode sent)) {
      throw new IllegalArgumentException("an object without \"sent\"");
    }
    List<String> members = new ArrayList<>();
    for (JsonNode m : o.path("members")) {
      members.add(m.asString());
    }
    JsonNode t = o.path("targetId");
    JsonNode r = o.path("retryAt");
    JsonNode e = o.path("lastError");
    return new ObjectState(
        t.isString() ? t.stringValue() : null,
        sent,
        o.path("disabled").asBoolean(),
        members,
        o.path("failures").asInt(),
        r.isString() ? Instant.parse(r.stringValue()) : null,
        e.isString() ? e.stringValue() : null);
  }

  static ObjectNode jobJson(JobState job) {
    ObjectNode o = ScimJson.object();
    o.put("initialCycleDone", job.initialCycleDone());
    if (job.watermark() != null) {
      o.put("watermark", job.watermark());
    }
    o.put("cycles", job.cycles());
    JobState.Quarantine q = job.quarantine();
    if (q != null) {
      ObjectNode qo = o.putObject("quarantine");
      qo.put("since", q.since().toString());
      qo.put("reason", q.reason());
      qo.put("attempts", q.attempts());
      qo.put("nextAttempt", q.nextAttempt().toString());
      qo.put("jobDisabled", q.jobDisabled());
    }
    return o;
  }

  static JobState job(JsonNode o) {
    JsonNode q = o.path("quarantine");
    JobState.Quarantine quarantine =
        q.isObject()
            ? new JobState.Quarantine(
                Instant.parse(q.path("since").asString()),
                q.path("reason").asString(),
                q.path("attempts").asInt(),
                Instant.parse(q.path("nextAttempt").asString()),
                q.path("jobDisabled").asBoolean())
            : null;
    JsonNode w = o.path("watermark");
    return new JobState(
        o.path("initialCycleDone").asBoolean(),
        w.isString() ? w.stringValue() : null,
        quarantine,
        o.path("cycles").asLong());
  }
}
