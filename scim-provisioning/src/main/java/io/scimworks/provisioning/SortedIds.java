package io.scimworks.provisioning;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * A set of source ids gathered in any order and read back sorted, without duplicates, in memory
 * bounded by {@code chunk}: beyond it, ids are sorted and spilled to temporary files, merged when
 * read (an external sort). How a cycle remembers which objects a complete source listed, so that a
 * directory of millions of users streams through. Thread-safe for {@link #add}; {@link #close()}
 * deletes the files.
 */
final class SortedIds implements AutoCloseable {
  static final int DEFAULT_CHUNK = 20_000;

  private final int chunk;
  private final List<Path> spills = new ArrayList<>();
  private final List<DataInputStream> open = new ArrayList<>();
  private List<String> buffer = new ArrayList<>();

  SortedIds() {
    this(DEFAULT_CHUNK);
  }

  SortedIds(int chunk) {
    this.chunk = chunk;
  }

  synchronized void add(String id) {
    buffer.add(id);
    if (buffer.size() >= chunk) {
      spill();
    }
  }

  /** Ids held in memory now (at most {@code chunk}). */
  synchronized int held() {
    return buffer.size();
  }

  /** Files spilled so far. */
  synchronized int spilled() {
    return spills.size();
  }

  private void spill() {
    Collections.sort(buffer);
    try {
      Path f = Files.createTempFile("scimworks-provisioning-", ".ids");
      spills.add(f);
      try (DataOutputStream out =
          new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(f), 1 << 16))) {
        for (String id : buffer) {
          out.writeUTF(id); // a source id is at most 1,024 characters: within writeUTF's limit
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot spill the source ids to a temporary file", e);
    }
    buffer = new ArrayList<>();
  }

  /** Every id added, sorted ({@link String#compareTo}), each once; read once, after the adds. */
  synchronized Iterator<String> sorted() {
    List<Iterator<String>> sources = new ArrayList<>();
    List<String> mine = new ArrayList<>(buffer);
    Collections.sort(mine);
    sources.add(mine.iterator());
    for (Path f : spills) {
      try {
        DataInputStream in =
            new DataInputStream(new BufferedInputStream(Files.newInputStream(f), 1 << 13));
        open.add(in);
        sources.add(new Reader(in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read back the spilled source ids", e);
      }
    }
    return new SortedMerge<>(sources, Comparator.naturalOrder());
  }

  @Override
  public synchronized void close() {
    for (DataInputStream in : open) {
      try {
        in.close();
      } catch (IOException e) {
        // a temporary file: nothing more to do than deleting it
      }
    }
    for (Path f : spills) {
      try {
        Files.deleteIfExists(f);
      } catch (IOException e) {
        f.toFile().deleteOnExit();
      }
    }
    open.clear();
    spills.clear();
    buffer = new ArrayList<>();
  }

  private static final class Reader implements Iterator<String> {
    private final DataInputStream in;
    private @Nullable String next;
    private boolean done;

    Reader(DataInputStream in) {
      this.in = in;
    }

    @Override
    public boolean hasNext() {
      if (next == null && !done) {
        try {
          next = in.readUTF();
        } catch (EOFException e) {
          done = true;
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read back the spilled source ids", e);
        }
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
  }
}
