package io.scimworks.provisioning;

import io.scimworks.core.json.ScimJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Provisioning state in files, sized for directories of millions of objects: memory holds the
 * changes since the last {@link #flush()} (one batch) and one key in {@value StateFile#INDEX_EVERY}
 * of what is on disk (about 2.5 MB per million objects), never the state itself.
 *
 * <p>{@code state.json} holds one JSON line per object, sorted by kind and source id ({@code
 * {"kind":"user","id":"u1","targetId":"...","sent":{...}}}); each flush writes the batch's changes
 * to a small sorted file beside it ({@code state.json.run-7}), and runs are merged together, then
 * into {@code state.json}, as they grow, so that the files written over a cycle stay proportional
 * to the changes made. {@code state.json.job} holds the job (watermark, quarantine). Every file is
 * written to a temporary file, then moved into place, so a crash never leaves half a file; a run
 * killed between two flushes loses at most that batch's records. Thread-safe.
 *
 * <pre>{@code
 * ProvisioningState state = FileState.of(Path.of("state.json"));   // created on first flush
 * }</pre>
 */
public final class FileState implements ProvisioningState {
  static final int FORMAT = 2;
  private static final String RUN = ".run-";

  private final Path file;
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final ConcurrentSkipListMap<StateLines.Key, StateLines.Line> dirty =
      new ConcurrentSkipListMap<>();
  private final List<StateFile> runs = new ArrayList<>(); // oldest first
  private @Nullable StateFile main;
  private long lastRun;
  private volatile JobState job = JobState.fresh();
  private volatile boolean jobChanged;

  private FileState(Path file) {
    this.file = file.toAbsolutePath();
  }

  /**
   * Opens the state kept in {@code file} (and the files beside it named after it); a missing file
   * is an empty state. A state file written by an earlier version (one JSON object) is converted.
   *
   * @param file the main state file; the files beside it share its name as a prefix
   * @return the state, ready for a cycle
   * @throws IllegalArgumentException when the file is not a state file written by this class
   * @throws UncheckedIOException when it cannot be read
   */
  public static FileState of(Path file) {
    FileState state = new FileState(file);
    try {
      state.load();
    } catch (JacksonException | IllegalArgumentException | DateTimeParseException e) {
      state.closeFiles();
      throw new IllegalArgumentException(
          file
              + " is not a provisioning state file: "
              + e.getMessage()
              + "; move it away to start afresh",
          e);
    }
    return state;
  }

  /**
   * The main file.
   *
   * @return the path given to {@link #of(Path)}, made absolute
   */
  public Path file() {
    return file;
  }

  @Override
  public @Nullable ObjectState get(ObjectKind kind, String sourceId) {
    StateLines.Key key = new StateLines.Key(kind, sourceId);
    lock.readLock().lock();
    try {
      StateLines.Line line = dirty.get(key);
      for (int i = runs.size() - 1; line == null && i >= 0; i--) {
        line = runs.get(i).find(key);
      }
      if (line == null && main != null) {
        line = main.find(key);
      }
      return line == null ? null : line.state();
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public void put(ObjectKind kind, String sourceId, ObjectState state) {
    change(new StateLines.Line(new StateLines.Key(kind, sourceId), state));
  }

  @Override
  public void remove(ObjectKind kind, String sourceId) {
    change(new StateLines.Line(new StateLines.Key(kind, sourceId), null));
  }

  private void change(StateLines.Line line) {
    lock.readLock().lock(); // shared: changes exclude only a flush
    try {
      dirty.put(line.key(), line);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Read from the files as the stream is consumed: holds one line per file at a time. */
  @Override
  public Stream<StateEntry> entries(ObjectKind kind) {
    List<Iterator<StateLines.Line>> sources = new ArrayList<>();
    List<StateFile.CloseableIterator> open = new ArrayList<>();
    lock.readLock().lock();
    try {
      sources.add(dirtyOf(kind).iterator());
      for (int i = runs.size() - 1; i >= 0; i--) {
        open.add(runs.get(i).lines());
      }
      if (main != null) {
        open.add(main.lines());
      }
    } finally {
      lock.readLock().unlock();
    }
    sources.addAll(open);
    Iterator<StateLines.Line> merged = new SortedMerge<>(sources, StateLines.Line.ORDER);
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(merged, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .dropWhile(l -> l.key().kind().compareTo(kind) < 0)
        .takeWhile(l -> l.key().kind() == kind)
        .filter(l -> l.state() != null)
        .map(l -> new StateEntry(l.key().id(), l.state()))
        .onClose(() -> open.forEach(StateFile.CloseableIterator::close));
  }

  private List<StateLines.Line> dirtyOf(ObjectKind kind) {
    List<StateLines.Line> out = new ArrayList<>();
    for (StateLines.Line l : dirty.tailMap(new StateLines.Key(kind, ""), true).values()) {
      if (l.key().kind() != kind) {
        break;
      }
      out.add(l);
    }
    return out;
  }

  @Override
  public JobState job() {
    return job;
  }

  @Override
  public void job(JobState job) {
    this.job = job;
    this.jobChanged = true;
  }

  @Override
  public void flush() {
    lock.writeLock().lock();
    try {
      if (!dirty.isEmpty()) {
        writeRun();
      }
      if (jobChanged) {
        jobChanged = false;
        writeJob();
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  private void writeRun() {
    long n = ++lastRun;
    ObjectNode header = ScimJson.object().put("format", FORMAT).put("run", n);
    runs.add(StateFile.write(runPath(n), header, dirty.values().iterator()));
    dirty.clear();
    // merge the newest runs while the newer is as large as the older: at most log2(n) runs
    while (runs.size() >= 2
        && runs.get(runs.size() - 1).entries() >= runs.get(runs.size() - 2).entries()) {
      StateFile newer = runs.remove(runs.size() - 1);
      StateFile older = runs.remove(runs.size() - 1);
      StateFile merged = StateFile.write(newer.path(), newer.header(), merge(newer, older, false));
      newer.close();
      older.delete();
      runs.add(merged);
    }
    long inRuns = runs.stream().mapToLong(StateFile::entries).sum();
    if (main == null || inRuns >= main.entries()) {
      compact();
    }
  }

  /** Merges every run into the main file, dropping removed objects. */
  private void compact() {
    List<StateFile> all = new ArrayList<>(runs);
    java.util.Collections.reverse(all);
    if (main != null) {
      all.add(main);
    }
    ObjectNode header = ScimJson.object().put("format", FORMAT).put("runs", lastRun);
    StateFile merged = StateFile.write(file, header, merge(all.toArray(StateFile[]::new)));
    if (main != null) {
      main.close();
    }
    main = merged;
    runs.forEach(StateFile::delete);
    runs.clear();
  }

  private static Iterator<StateLines.Line> merge(StateFile... newestFirst) {
    return merge(List.of(newestFirst), true);
  }

  private static Iterator<StateLines.Line> merge(
      StateFile newer, StateFile older, boolean dropRemoved) {
    return merge(List.of(newer, older), dropRemoved);
  }

  private static Iterator<StateLines.Line> merge(List<StateFile> newestFirst, boolean dropRemoved) {
    List<StateFile.CloseableIterator> its = new ArrayList<>();
    newestFirst.forEach(f -> its.add(f.lines()));
    Iterator<StateLines.Line> merged = new SortedMerge<>(its, StateLines.Line.ORDER);
    return new Iterator<>() {
      private StateLines.@Nullable Line next;

      @Override
      public boolean hasNext() {
        while (next == null && merged.hasNext()) {
          StateLines.Line l = merged.next();
          if (!dropRemoved || l.state() != null) {
            next = l;
          }
        }
        if (next == null) {
          its.forEach(StateFile.CloseableIterator::close);
        }
        return next != null;
      }

      @Override
      public StateLines.Line next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        StateLines.Line l = next;
        next = null;
        return l;
      }
    };
  }

  private Path runPath(long n) {
    return file.resolveSibling(file.getFileName() + RUN + n);
  }

  private Path jobPath() {
    return file.resolveSibling(file.getFileName() + ".job");
  }

  private void writeJob() {
    ObjectNode o = ScimJson.object().put("format", FORMAT);
    o.set("job", StateLines.jobJson(job));
    try {
      Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
      Files.write(tmp, ScimJson.writeBytes(o));
      try {
        Files.move(
            tmp, jobPath(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, jobPath(), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the provisioning state to " + jobPath(), e);
    }
  }

  private void load() {
    if (Files.exists(file)) {
      JsonNode first = firstLine();
      if (first.path("format").asInt() == 1) {
        convert(first);
      } else {
        main = StateFile.open(file);
      }
    }
    long merged = main == null ? 0 : main.header().path("runs").asLong();
    lastRun = merged;
    TreeMap<Long, Path> found = new TreeMap<>();
    String prefix = file.getFileName() + RUN;
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(file.getParent(), prefix + "*")) {
      for (Path p : dir) {
        String suffix = p.getFileName().toString().substring(prefix.length());
        if (suffix.matches("[0-9]{1,18}")) {
          found.put(Long.parseLong(suffix), p);
        }
      }
      for (Map.Entry<Long, Path> e : found.entrySet()) {
        if (e.getKey() <= merged) {
          Files.deleteIfExists(e.getValue()); // merged into the main file before a crash
        } else {
          runs.add(StateFile.open(e.getValue()));
          lastRun = e.getKey();
        }
      }
      if (Files.exists(jobPath())) {
        JsonNode o = ScimJson.read(Files.readAllBytes(jobPath()));
        if (o.path("format").asInt() != FORMAT) {
          throw new IllegalArgumentException(jobPath() + " has no \"format\": " + FORMAT);
        }
        job = StateLines.job(o.path("job"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the provisioning state " + file, e);
    }
  }

  private JsonNode firstLine() {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line = in.readLine();
      JsonNode first = ScimJson.read(line == null ? "" : line);
      if (!(first instanceof ObjectNode) || !first.has("format")) {
        throw new IllegalArgumentException("it has no \"format\"");
      }
      return first;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the provisioning state " + file, e);
    }
  }

  /** Rewrites a state file of format 1 (one JSON object, held in memory) in today's format. */
  private void convert(JsonNode old) {
    TreeMap<StateLines.Key, StateLines.Line> lines = new TreeMap<>();
    for (ObjectKind kind : ObjectKind.values()) {
      for (Map.Entry<String, JsonNode> e : old.path(StateLines.kindName(kind) + "s").properties()) {
        StateLines.Key key = new StateLines.Key(kind, e.getKey());
        lines.put(key, new StateLines.Line(key, StateLines.objectState(e.getValue())));
      }
    }
    job = StateLines.job(old.path("job"));
    writeJob();
    ObjectNode header = ScimJson.object().put("format", FORMAT).put("runs", 0);
    main = StateFile.write(file, header, lines.values().iterator());
  }

  private void closeFiles() {
    runs.forEach(StateFile::close);
    if (main != null) {
      main.close();
    }
  }
}
