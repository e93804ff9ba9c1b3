package io.scimworks.provisioning;

import io.scimworks.core.json.ScimJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.OptionalLong;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.node.ObjectNode;

/**
 * A directory snapshot in a JSON file, streamed (never held in memory as a whole):
 *
 * <pre>{@code
 * {
 *   "users": [
 *     {"id": "u1", "attributes": {"userPrincipalName": "alice@contoso.com", "displayName": "Alice"}},
 *     {"id": "u2", "assigned": false, "softDeleted": true, "attributes": {...}}
 *   ],
 *   "groups": [
 *     {"id": "g1", "attributes": {"displayName": "Sales"}, "members": ["u1", "u2"]}
 *   ]
 * }
 * }</pre>
 *
 * <p>{@code assigned} defaults to true; a user is also assigned when an assigned group holds it.
 * {@code softDeleted} and {@code deleted} default to false. The file is a complete snapshot: a user
 * provisioned before and missing now is deleted at the target (subject to the deletion threshold).
 */
public final class JsonDirectory implements SourceDirectory {
  /** Reads one element of the array; the rest of the file follows it. */
  private static final ObjectReader ELEMENT =
      ScimJson.mapper().reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final Path file;

  private JsonDirectory(Path file) {
    this.file = file;
  }

  /**
   * The snapshot in {@code file}; read each time a cycle asks, streamed.
   *
   * @param file the JSON snapshot
   * @return the directory
   */
  public static JsonDirectory of(Path file) {
    return new JsonDirectory(file);
  }

  @Override
  public Stream<SourceUser> users(@Nullable String watermark) {
    Set<String> viaGroups = new HashSet<>();
    try (Stream<SourceGroup> groups = groups(null)) {
      groups
          .filter(g -> g.assigned() && !g.hardDeleted())
          .forEach(g -> viaGroups.addAll(g.members()));
    }
    return stream(
        "users",
        (o, line) -> {
          SourceUser u =
              new SourceUser(
                  id(o, line),
                  attributes(o, line),
                  bool(o, "assigned", true, line),
                  bool(o, "softDeleted", false, line),
                  bool(o, "deleted", false, line));
          return !u.assigned() && viaGroups.contains(u.id()) ? u.withAssigned(true) : u;
        });
  }

  @Override
  public Stream<SourceGroup> groups(@Nullable String watermark) {
    return stream(
        "groups",
        (o, line) -> {
          List<String> members = new ArrayList<>();
          JsonNode m = o.get("members");
          if (m != null && !m.isNull()) {
            if (!m.isArray()) {
              throw bad(line, "\"members\" must be an array of user ids");
            }
            for (JsonNode e : m) {
              if (!e.isString()) {
                throw bad(line, "\"members\" must hold user ids (strings)");
              }
              members.add(e.stringValue());
            }
          }
          return new SourceGroup(
              id(o, line),
              attributes(o, line),
              members,
              bool(o, "assigned", true, line),
              bool(o, "deleted", false, line));
        });
  }

  /** Always true: the file lists everything there is. */
  @Override
  public boolean complete(@Nullable String watermark) {
    return true;
  }

  @Override
  public OptionalLong userCount() {
    try (Stream<ObjectNode> s = stream("users", (o, line) -> o)) {
      return OptionalLong.of(s.count());
    }
  }

  private <T> Stream<T> stream(String member, BiFunction<ObjectNode, Integer, T> read) {
    InputStream in;
    JsonParser p;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the source " + file, e);
    }
    try {
      p = ScimJson.mapper().createParser(in);
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw bad(line(p), "the source file must be a JSON object with \"users\" and \"groups\"");
      }
      boolean found = false;
      for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if (name.equals(member)) {
          if (v != JsonToken.START_ARRAY) {
            throw bad(line(p), "\"" + member + "\" must be an array");
          }
          found = true;
          break;
        }
        p.skipChildren();
      }
      if (!found) {
        close(p, in);
        return Stream.empty();
      }
    } catch (JacksonException e) {
      close(null, in);
      throw bad(e.getLocation() == null ? 1 : e.getLocation().getLineNr(), e.getOriginalMessage());
    } catch (RuntimeException e) {
      close(null, in);
      throw e;
    }
    JsonParser parser = p;
    Iterator<T> it =
        new Iterator<>() {
          private @Nullable T next;
          private boolean end;

          @Override
          public boolean hasNext() {
            if (next == null && !end) {
              advance();
            }
            return next != null;
          }

          @Override
          public T next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            T t = next;
            next = null;
            return t;
          }

          private void advance() {
            try {
              JsonToken t = parser.nextToken();
              if (t == JsonToken.END_ARRAY || t == null) {
                end = true;
                return;
              }
              int line = line(parser);
              if (t != JsonToken.START_OBJECT) {
                throw bad(line, "each of \"" + member + "\" must be an object");
              }
              ObjectNode o = (ObjectNode) ELEMENT.readTree(parser);
              next = read.apply(o, line);
            } catch (JacksonException e) {
              throw bad(
                  e.getLocation() == null ? 1 : e.getLocation().getLineNr(),
                  e.getOriginalMessage());
            }
          }
        };
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(() -> close(parser, in));
  }

  private static void close(@Nullable JsonParser p, InputStream in) {
    try {
      if (p != null) {
        p.close();
      }
      in.close();
    } catch (IOException | JacksonException e) {
      // nothing left to read from it anyway
    }
  }

  private static int line(JsonParser p) {
    return p.currentTokenLocation().getLineNr();
  }

  private IllegalArgumentException bad(int line, String message) {
    return new IllegalArgumentException(file + " line " + line + ": " + message);
  }

  private String id(ObjectNode o, int line) {
    JsonNode id = o.get("id");
    if (id == null || !id.isString() || id.stringValue().isBlank()) {
      throw bad(line, "each user and group needs a non-blank string \"id\"");
    }
    try {
      Sources.requireId(id.stringValue());
    } catch (IllegalArgumentException e) {
      throw bad(line, e.getMessage());
    }
    return id.stringValue();
  }

  private ObjectNode attributes(ObjectNode o, int line) {
    JsonNode a = o.get("attributes");
    if (a == null || a.isNull()) {
      return ScimJson.object();
    }
    if (!(a instanceof ObjectNode attrs)) {
      throw bad(line, "\"attributes\" must be an object");
    }
    return attrs;
  }

  private boolean bool(ObjectNode o, String name, boolean absent, int line) {
    JsonNode v = o.get(name);
    if (v == null || v.isNull()) {
      return absent;
    }
    if (!v.isBoolean()) {
      throw bad(line, "\"" + name + "\" must be true or false");
    }
    return v.booleanValue();
  }
}
