package io.scimworks.provisioning;

import io.scimworks.core.json.ScimJson;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * One sorted file of a {@link FileState}: a header line, then {@link StateLines} sorted by key.
 * Only every {@value #INDEX_EVERY}th key is held in memory (with its offset): a lookup reads the
 * one block of lines that can hold the key. Lookups are thread-safe.
 */
final class StateFile implements Closeable {
  static final int INDEX_EVERY = 32;

  private final Path path;
  private final ObjectNode header;
  private final long entries;
  private final List<StateLines.Key> indexKeys;
  private final long[] indexOffsets;
  private final long length;
  private final FileChannel channel;

  private StateFile(
      Path path,
      ObjectNode header,
      long entries,
      List<StateLines.Key> indexKeys,
      long[] indexOffsets,
      long length)
      throws IOException {
    this.path = path;
    this.header = header;
    this.entries = entries;
    this.indexKeys = indexKeys;
    this.indexOffsets = indexOffsets;
    this.length = length;
    this.channel = FileChannel.open(path, StandardOpenOption.READ);
  }

  /**
   * Writes {@code header} and {@code lines} (already sorted) to {@code path}, through a temporary
   * file moved into place so that a crash never leaves half a file; returns the file opened.
   */
  static StateFile write(Path path, ObjectNode header, Iterator<StateLines.Line> lines) {
    try {
      Path dir = path.toAbsolutePath().getParent();
      Path tmp = Files.createTempFile(dir, path.getFileName().toString(), ".tmp");
      List<StateLines.Key> keys = new ArrayList<>();
      long[] offsets = new long[16];
      long n = 0;
      long offset;
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        offset = writeLine(out, ScimJson.writeBytes(header));
        while (lines.hasNext()) {
          StateLines.Line line = lines.next();
          if (n % INDEX_EVERY == 0) {
            int i = keys.size();
            if (i == offsets.length) {
              offsets = Arrays.copyOf(offsets, i * 2);
            }
            keys.add(line.key());
            offsets[i] = offset;
          }
          offset += writeLine(out, ScimJson.writeBytes(StateLines.json(line)));
          n++;
        }
      }
      move(tmp, path);
      return new StateFile(
          path, header, n, keys, Arrays.copyOf(offsets, keys.size()), Files.size(path));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the provisioning state file " + path, e);
    }
  }

  private static long writeLine(OutputStream out, byte[] bytes) throws IOException {
    out.write(bytes);
    out.write('\n');
    return bytes.length + 1L;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Opens a file written by {@link #write}, reading it once to index it.
   *
   * @throws IllegalArgumentException when it is not such a file (the message says why)
   */
  static StateFile open(Path path) {
    try (Lines in = new Lines(Files.newInputStream(path))) {
      String first = in.hasNext() ? in.next() : "";
      if (!(ScimJson.read(first) instanceof ObjectNode header)
          || header.path("format").asInt() != FileState.FORMAT) {
        throw new IllegalArgumentException(
            "its first line is not a header with \"format\": " + FileState.FORMAT);
      }
      List<StateLines.Key> keys = new ArrayList<>();
      long[] offsets = new long[16];
      long n = 0;
      StateLines.Key previous = null;
      while (in.hasNext()) {
        long offset = in.offset();
        String line = in.next();
        StateLines.Key key = StateLines.key(line);
        if (previous != null && previous.compareTo(key) >= 0) {
          throw new IllegalArgumentException("its lines are not sorted at " + key);
        }
        previous = key;
        if (n % INDEX_EVERY == 0) {
          int i = keys.size();
          if (i == offsets.length) {
            offsets = Arrays.copyOf(offsets, i * 2);
          }
          keys.add(key);
          offsets[i] = offset;
        }
        n++;
      }
      return new StateFile(
          path, header, n, keys, Arrays.copyOf(offsets, keys.size()), Files.size(path));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the provisioning state file " + path, e);
    }
  }

  Path path() {
    return path;
  }

  ObjectNode header() {
    return header;
  }

  long entries() {
    return entries;
  }

  /** The line of {@code key} (whose state is {@code null} when removed), or {@code null}. */
  StateLines.@Nullable Line find(StateLines.Key key) {
    int i = Collections.binarySearch(indexKeys, key);
    if (i < 0) {
      i = -i - 2; // the block before the insertion point
      if (i < 0) {
        return null;
      }
    }
    long from = indexOffsets[i];
    long to = i + 1 < indexOffsets.length ? indexOffsets[i + 1] : length;
    ByteBuffer block = ByteBuffer.allocate((int) (to - from));
    try {
      while (block.hasRemaining()) {
        if (channel.read(block, from + block.position()) < 0) {
          break;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the provisioning state file " + path, e);
    }
    byte[] bytes = block.array();
    int start = 0;
    for (int end = 0; end < block.position(); end++) {
      if (bytes[end] != '\n') {
        continue;
      }
      int lineStart = start;
      start = end + 1;
      int c = StateLines.key(bytes, lineStart, end).compareTo(key);
      if (c == 0) {
        return StateLines.line(
            new String(bytes, lineStart, end - lineStart, StandardCharsets.UTF_8));
      }
      if (c > 0) {
        return null;
      }
    }
    return null;
  }

  /** Every line in order, read afresh from the file; close it when done. */
  CloseableIterator lines() {
    try {
      Lines in = new Lines(Files.newInputStream(path));
      if (in.hasNext()) {
        in.next(); // the header
      }
      return new CloseableIterator(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the provisioning state file " + path, e);
    }
  }

  /** Closes and deletes the file. */
  void delete() {
    close();
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the provisioning state file " + path, e);
    }
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The parsed lines of a file. */
  static final class CloseableIterator implements Iterator<StateLines.Line>, Closeable {
    private final Lines in;

    private CloseableIterator(Lines in) {
      this.in = in;
    }

    @Override
    public boolean hasNext() {
      return in.hasNext();
    }

    @Override
    public StateLines.Line next() {
      return StateLines.line(in.next());
    }

    @Override
    public void close() {
      in.close();
    }
  }

  /** The text lines of a stream, with the offset of each. */
  private static final class Lines implements Iterator<String>, Closeable {
    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(512);
    private int pos;
    private int limit;
    private long consumed;
    private long lineStart;
    private @Nullable String next;

    Lines(InputStream in) {
      this.in = in;
    }

    long offset() {
      return lineStart;
    }

    @Override
    public boolean hasNext() {
      if (next == null) {
        next = read();
      }
      return next != null;
    }

    @Override
    public String next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      String s = next;
      next = null;
      return s;
    }

    private @Nullable String read() {
      line.reset();
      long start = consumed;
      try {
        while (true) {
          if (pos == limit) {
            limit = in.read(buffer);
            pos = 0;
            if (limit <= 0) {
              limit = 0;
              return null; // a last line without '\n' was cut short by a crash: ignored
            }
          }
          int from = pos;
          while (pos < limit && buffer[pos] != '\n') {
            pos++;
          }
          line.write(buffer, from, pos - from);
          consumed += pos - from;
          if (pos < limit) {
            pos++;
            consumed++;
            lineStart = start;
            return line.toString(StandardCharsets.UTF_8);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      try {
        in.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
