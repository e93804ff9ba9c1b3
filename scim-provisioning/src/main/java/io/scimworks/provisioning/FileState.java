package io.scimworks.provisioning;

import io.scimworks.core.json.ScimJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Provisioning state in a JSON file: read when opened, written (to a temporary file, then moved
 * over the old one, so a crash never leaves half a file) on every {@link #flush()}. Thread-safe.
 *
 * <pre>{@code
 * ProvisioningState state = FileState.of(Path.of("state.json"));   // created on first flush
 * }</pre>
 */
public final class FileState implements ProvisioningState {
  private final Path file;
  private final InMemoryState memory = new InMemoryState();

  private FileState(Path file) {
    this.file = file;
  }

  /**
   * Opens the state kept in {@code file}; a missing file is an empty state.
   *
   * @throws IllegalArgumentException when the file is not a state file written by this class
   * @throws UncheckedIOException when it cannot be read
   */
  public static FileState of(Path file) {
    FileState state = new FileState(file);
    if (Files.exists(file)) {
      state.load();
    }
    return state;
  }

  /** The file. */
  public Path file() {
    return file;
  }

  @Override
  public @Nullable ObjectState get(ObjectKind kind, String sourceId) {
    return memory.get(kind, sourceId);
  }

  @Override
  public void put(ObjectKind kind, String sourceId, ObjectState state) {
    memory.put(kind, sourceId, state);
  }

  @Override
  public void remove(ObjectKind kind, String sourceId) {
    memory.remove(kind, sourceId);
  }

  @Override
  public Stream<String> sourceIds(ObjectKind kind) {
    return memory.sourceIds(kind);
  }

  @Override
  public JobState job() {
    return memory.job();
  }

  @Override
  public void job(JobState job) {
    memory.job(job);
  }

  @Override
  public synchronized void flush() {
    ObjectNode root = ScimJson.object();
    root.put("format", 1);
    root.set("job", jobJson(memory.job()));
    for (ObjectKind kind : ObjectKind.values()) {
      ObjectNode objects = root.putObject(key(kind));
      for (Map.Entry<String, ObjectState> e : memory.objects(kind).entrySet()) {
        objects.set(e.getKey(), objectJson(e.getValue()));
      }
    }
    try {
      Path dir = file.toAbsolutePath().getParent();
      Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        ScimJson.mapper().writeValue(out, root);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the provisioning state to " + file, e);
    }
  }

  private void load() {
    JsonNode root;
    try (var in = Files.newInputStream(file)) {
      root = ScimJson.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the provisioning state " + file, e);
    } catch (RuntimeException e) {
      throw bad("it is not JSON (" + e.getMessage() + ")", e);
    }
    if (!(root instanceof ObjectNode o) || o.path("format").asInt() != 1) {
      throw bad("it has no \"format\": 1", null);
    }
    try {
      memory.job(job(o.path("job")));
      for (ObjectKind kind : ObjectKind.values()) {
        for (Map.Entry<String, JsonNode> e : o.path(key(kind)).properties()) {
          memory.put(kind, e.getKey(), objectState(e.getValue()));
        }
      }
    } catch (JacksonException | IllegalArgumentException | DateTimeParseException e) {
      throw bad(e.getMessage(), e);
    }
  }

  private IllegalArgumentException bad(@Nullable String why, @Nullable Throwable cause) {
    return new IllegalArgumentException(
        file + " is not a provisioning state file: " + why + "; move it away to start afresh",
        cause);
  }

  private static String key(ObjectKind kind) {
    return kind.name().toLowerCase(Locale.ROOT) + "s";
  }

  private static ObjectNode jobJson(JobState job) {
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

  private static JobState job(JsonNode o) {
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

  private static ObjectNode objectJson(ObjectState s) {
    ObjectNode o = ScimJson.object();
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

  private static ObjectState objectState(JsonNode o) {
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
}
