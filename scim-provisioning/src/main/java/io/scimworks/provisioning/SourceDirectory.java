package io.scimworks.provisioning;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Where users and groups come from: an LDAP directory, an HR system, a database, a file. Implement
 * it to feed the engine from your own system; {@link JsonDirectory} and {@link InMemoryDirectory}
 * are ready-made.
 *
 * <p>The engine asks for objects changed since a watermark it got from {@link #watermark()} at the
 * start of the previous cycle. A source without change tracking returns {@code null} from {@link
 * #watermark()} and lists everything every time: the engine then sends only what differs from what
 * it sent before, so nothing changes on the wire, only the cycle reads more.
 *
 * <p>Streams are read once, in order, and closed by the engine; they may be lazy (a million users
 * stream through without being held in memory).
 */
public interface SourceDirectory {

  /**
   * The users changed since {@code watermark}, or all of them when it is {@code null}; deleted ones
   * as tombstones ({@link SourceUser#hardDeleted()}) when the source tracks them.
   *
   * @param watermark a value {@link #watermark()} returned before, or {@code null} for everything
   * @return the users, in any order, each once; read once and closed by the engine
   * @throws IllegalArgumentException when the watermark is not one of this source's
   */
  Stream<SourceUser> users(@Nullable String watermark);

  /**
   * The groups changed since {@code watermark}, or all of them when it is {@code null}. The engine
   * reads every group in every cycle (with {@code null}) to diff memberships.
   *
   * @param watermark a value {@link #watermark()} returned before, or {@code null} for everything
   * @return the groups, in any order, each once; read once and closed by the engine
   */
  Stream<SourceGroup> groups(@Nullable String watermark);

  /**
   * The source's current high-water mark, read before a cycle starts, or {@code null} when the
   * source has no change tracking (the default).
   *
   * @return an opaque mark to pass to {@link #users(String)} next cycle, or {@code null}
   */
  default @Nullable String watermark() {
    return null;
  }

  /**
   * Whether {@link #users(String)} and {@link #groups(String)} for this watermark list every object
   * the source has, so that an object provisioned before and missing now has been deleted for good.
   * By default true only for a {@code null} watermark.
   *
   * @param watermark the watermark of the listing, or {@code null}
   * @return whether the listing is complete
   */
  default boolean complete(@Nullable String watermark) {
    return watermark == null;
  }

  /**
   * One user by source id (default: a scan of {@link #users(String)}; override it when the source
   * can look users up, as the engine calls it for escrow retries and on-demand provisioning).
   *
   * @param id the source id
   * @return the user, or empty when the source has none of that id
   */
  default Optional<SourceUser> user(String id) {
    try (Stream<SourceUser> all = users(null)) {
      return all.filter(u -> u.id().equals(id)).findFirst();
    }
  }

  /**
   * One group by source id (default: a scan of {@link #groups(String)}).
   *
   * @param id the source id
   * @return the group, or empty when the source has none of that id
   */
  default Optional<SourceGroup> group(String id) {
    try (Stream<SourceGroup> all = groups(null)) {
      return all.filter(g -> g.id().equals(id)).findFirst();
    }
  }

  /**
   * How many users a full listing holds, when cheap to know; for progress estimates only.
   *
   * @return the count, or empty (the default) when unknown
   */
  default OptionalLong userCount() {
    return OptionalLong.empty();
  }
}
