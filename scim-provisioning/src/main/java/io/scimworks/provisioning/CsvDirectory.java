package io.scimworks.provisioning;

import io.scimworks.core.json.ScimJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * A directory snapshot in CSV files (UTF-8, a header line, RFC 4180 quoting), streamed.
 *
 * <pre>
 * users.csv:   id,userPrincipalName,displayName,department,assigned,softDeleted
 *              u1,alice@contoso.com,Alice,Sales,true,false
 * groups.csv:  id,displayName,members
 *              g1,Sales,u1;u2
 * </pre>
 *
 * <p>Columns {@code id} (required), {@code assigned} (default true), {@code softDeleted} and {@code
 * deleted} (default false) and, for groups, {@code members} (source user ids separated by {@code
 * ;}) are the object's; every other column is a string attribute (empty cells are absent). Like
 * {@link JsonDirectory}, the files are a complete snapshot.
 */
public final class CsvDirectory implements SourceDirectory {
  private static final Set<String> RESERVED =
      Set.of("id", "assigned", "softdeleted", "deleted", "members");

  private final Path users;
  private final @Nullable Path groups;

  private CsvDirectory(Path users, @Nullable Path groups) {
    this.users = users;
    this.groups = groups;
  }

  /**
   * Users from {@code users}, groups from {@code groups} (or none when {@code null}); the files are
   * read each time a cycle asks.
   *
   * @param users the users CSV file, with an {@code id} column
   * @param groups the groups CSV file, or {@code null}
   * @return the directory
   */
  public static CsvDirectory of(Path users, @Nullable Path groups) {
    return new CsvDirectory(users, groups);
  }

  @Override
  public Stream<SourceUser> users(@Nullable String watermark) {
    Set<String> viaGroups = new HashSet<>();
    try (Stream<SourceGroup> all = groups(null)) {
      all.filter(g -> g.assigned() && !g.hardDeleted()).forEach(g -> viaGroups.addAll(g.members()));
    }
    return rows(
        users,
        (row, rows) -> {
          SourceUser u =
              new SourceUser(
                  row.id(),
                  row.attributes(),
                  row.bool("assigned", true),
                  row.bool("softdeleted", false),
                  row.bool("deleted", false));
          return !u.assigned() && viaGroups.contains(u.id()) ? u.withAssigned(true) : u;
        });
  }

  @Override
  public Stream<SourceGroup> groups(@Nullable String watermark) {
    if (groups == null) {
      return Stream.empty();
    }
    return rows(
        groups,
        (row, rows) -> {
          List<String> members = new ArrayList<>();
          String m = row.get("members");
          if (m != null) {
            for (String id : m.split(";")) {
              if (!id.isBlank()) {
                members.add(id.strip());
              }
            }
          }
          return new SourceGroup(
              row.id(),
              row.attributes(),
              members,
              row.bool("assigned", true),
              row.bool("deleted", false));
        });
  }

  @Override
  public boolean complete(@Nullable String watermark) {
    return true;
  }

  /** One data row with its header. */
  private record Row(Path file, int line, List<String> header, List<String> cells) {
    @Nullable String get(String column) {
      for (int i = 0; i < header.size(); i++) {
        if (header.get(i).equalsIgnoreCase(column)) {
          String v = i < cells.size() ? cells.get(i) : "";
          return v.isEmpty() ? null : v;
        }
      }
      return null;
    }

    String id() {
      String id = get("id");
      if (id == null || id.isBlank()) {
        throw bad("the \"id\" cell is empty");
      }
      return id;
    }

    boolean bool(String column, boolean absent) {
      String v = get(column);
      if (v == null) {
        return absent;
      }
      return switch (v.strip().toLowerCase(Locale.ROOT)) {
        case "true", "yes", "1" -> true;
        case "false", "no", "0" -> false;
        default -> throw bad("\"" + column + "\" must be true or false, not \"" + v + "\"");
      };
    }

    ObjectNode attributes() {
      if (cells.size() > header.size()) {
        throw bad("more cells (" + cells.size() + ") than columns (" + header.size() + ")");
      }
      ObjectNode a = ScimJson.object();
      for (int i = 0; i < cells.size(); i++) {
        String column = header.get(i);
        if (!RESERVED.contains(column.toLowerCase(Locale.ROOT)) && !cells.get(i).isEmpty()) {
          a.put(column, cells.get(i));
        }
      }
      return a;
    }

    IllegalArgumentException bad(String message) {
      return new IllegalArgumentException(file + " line " + line + ": " + message);
    }
  }

  private static <T> Stream<T> rows(Path file, BiFunction<Row, CsvRows, T> read) {
    BufferedReader in;
    try {
      in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the source " + file, e);
    }
    CsvRows rows = new CsvRows(in, file.toString());
    List<String> header;
    try {
      if (!rows.hasNext()) {
        close(in);
        return Stream.empty();
      }
      header = rows.next().stream().map(String::strip).toList();
      if (header.stream().noneMatch(h -> h.equalsIgnoreCase("id"))) {
        throw new IllegalArgumentException(file + " line 1: the header needs an \"id\" column");
      }
    } catch (RuntimeException e) {
      close(in);
      throw e;
    }
    Iterator<T> it =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return rows.hasNext();
          }

          @Override
          public T next() {
            List<String> cells = rows.next();
            return read.apply(new Row(file, rows.line(), header, cells), rows);
          }
        };
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(() -> close(in));
  }

  private static void close(BufferedReader in) {
    try {
      in.close();
    } catch (IOException e) {
      // nothing left to read from it anyway
    }
  }
}
