package io.scimworks.provisioning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A source directory held in memory, with change tracking: every {@code put} stamps the object with
 * a new change number, and the watermark is the last one. Handy for connectors that gather a
 * snapshot themselves, and for tests. Thread-safe.
 *
 * <pre>{@code
 * InMemoryDirectory dir = new InMemoryDirectory();
 * dir.putUser(SourceUser.of("u1", attributes));
 * dir.putGroup(SourceGroup.of("g1", groupAttributes, List.of("u1")));
 * dir.putUser(dir.user("u1").orElseThrow().asHardDeleted());   // a tombstone
 * }</pre>
 */
public final class InMemoryDirectory implements SourceDirectory {
  private record Stamped<T>(T object, long change) {}

  private final Map<String, Stamped<SourceUser>> users = new LinkedHashMap<>();
  private final Map<String, Stamped<SourceGroup>> groups = new LinkedHashMap<>();
  private long change;

  /** An empty directory. */
  public InMemoryDirectory() {}

  /**
   * Adds or changes a user (a tombstone marks it deleted), with a new change number.
   *
   * @param user the user, replacing any of the same id
   */
  public synchronized void putUser(SourceUser user) {
    users.remove(user.id());
    users.put(user.id(), new Stamped<>(user, ++change));
  }

  /**
   * Adds or changes a group, with a new change number.
   *
   * @param group the group, replacing any of the same id
   */
  public synchronized void putGroup(SourceGroup group) {
    groups.remove(group.id());
    groups.put(group.id(), new Stamped<>(group, ++change));
  }

  @Override
  public synchronized Stream<SourceUser> users(@Nullable String watermark) {
    return changed(users, watermark).stream();
  }

  @Override
  public synchronized Stream<SourceGroup> groups(@Nullable String watermark) {
    return changed(groups, watermark).stream();
  }

  @Override
  public synchronized String watermark() {
    return Long.toString(change);
  }

  @Override
  public synchronized Optional<SourceUser> user(String id) {
    Stamped<SourceUser> s = users.get(id);
    return s == null ? Optional.empty() : Optional.of(s.object());
  }

  @Override
  public synchronized Optional<SourceGroup> group(String id) {
    Stamped<SourceGroup> s = groups.get(id);
    return s == null ? Optional.empty() : Optional.of(s.object());
  }

  @Override
  public synchronized OptionalLong userCount() {
    return OptionalLong.of(users.size());
  }

  private static <T> List<T> changed(Map<String, Stamped<T>> objects, @Nullable String watermark) {
    long since = parse(watermark);
    List<T> out = new ArrayList<>();
    for (Stamped<T> s : objects.values()) {
      if (s.change() > since) {
        out.add(s.object());
      }
    }
    return out;
  }

  private static long parse(@Nullable String watermark) {
    if (watermark == null) {
      return Long.MIN_VALUE;
    }
    try {
      return Long.parseLong(watermark);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a watermark of this directory: " + watermark, e);
    }
  }
}
