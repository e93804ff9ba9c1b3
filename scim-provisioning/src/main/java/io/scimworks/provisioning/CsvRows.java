package io.scimworks.provisioning;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * Reads RFC 4180 CSV records one at a time: commas, double quotes around fields that hold commas,
 * quotes ({@code ""}) or line breaks. Remembers the line each record starts on.
 */
final class CsvRows implements Iterator<List<String>> {
  static final int MAX_FIELD = 64 * 1024;

  private final BufferedReader in;
  private final String name;
  private int line;
  private int recordLine;
  private @Nullable List<String> next;
  private boolean end;

  CsvRows(BufferedReader in, String name) {
    this.in = in;
    this.name = name;
  }

  /** The line the last returned record started on. */
  int line() {
    return recordLine;
  }

  @Override
  public boolean hasNext() {
    if (next == null && !end) {
      next = read();
      end = next == null;
    }
    return next != null;
  }

  @Override
  public List<String> next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    List<String> r = next;
    next = null;
    return r;
  }

  private @Nullable List<String> read() {
    try {
      String text;
      do {
        text = in.readLine();
        line++;
        if (text == null) {
          return null;
        }
      } while (text.isEmpty());
      recordLine = line;
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      int i = 0;
      while (true) {
        if (i >= text.length()) {
          if (quoted) {
            String more = in.readLine();
            line++;
            if (more == null) {
              throw new IllegalArgumentException(
                  name + " line " + recordLine + ": a quoted field is never closed");
            }
            field.append('\n');
            text = more;
            i = 0;
            continue;
          }
          fields.add(field.toString());
          return fields;
        }
        char c = text.charAt(i++);
        if (quoted) {
          if (c == '"') {
            if (i < text.length() && text.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              quoted = false;
            }
          } else {
            field.append(c);
          }
        } else if (c == '"' && field.isEmpty()) {
          quoted = true;
        } else if (c == ',') {
          fields.add(field.toString());
          field.setLength(0);
        } else {
          field.append(c);
        }
        if (field.length() > MAX_FIELD) {
          throw new IllegalArgumentException(
              name + " line " + recordLine + ": a field longer than " + MAX_FIELD + " characters");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
