package io.scimworks.examples;

import io.scimworks.server.memory.InMemoryRepository;
import io.scimworks.server.spi.Repository;
import io.scimworks.store.jdbc.JdbcStore;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Where the demo keeps its users and groups: in memory, in an H2 file, or in PostgreSQL.
 *
 * @param description what start-up prints, never with a password
 * @param users the users' repository
 * @param groups the groups' repository
 * @param jdbc the JDBC store to close on stop, or {@code null} in memory
 */
record DemoStore(String description, Repository users, Repository groups, @Nullable JdbcStore jdbc)
    implements AutoCloseable {

  /** The H2 file used when no {@code --jdbc-url} is given. */
  static final String DEFAULT_H2_URL = "jdbc:h2:./scimworks-data/scimworks";

  /** The environment variable the database password is read from when not given as a flag. */
  static final String PASSWORD_VARIABLE = "SCIMWORKS_JDBC_PASSWORD";

  /**
   * Opens the store named by {@code kind} ({@code memory}, {@code h2} or {@code postgres}).
   *
   * @throws IllegalArgumentException for an unknown kind or a PostgreSQL store without a URL
   */
  static DemoStore open(
      String kind, @Nullable String url, @Nullable String user, @Nullable String password) {
    switch (kind.toLowerCase(Locale.ROOT)) {
      case "memory":
        return new DemoStore(
            "in memory (lost when the server stops)",
            InMemoryRepository.forUsers(),
            InMemoryRepository.forGroups(true),
            null);
      case "h2":
        return jdbc("H2", url == null ? DEFAULT_H2_URL : url, user, password);
      case "postgres":
      case "postgresql":
        if (url == null) {
          throw new IllegalArgumentException(
              "--store postgres needs --jdbc-url, e.g. jdbc:postgresql://localhost/scim");
        }
        return jdbc("PostgreSQL", url, user, password);
      default:
        throw new IllegalArgumentException(
            "--store must be memory, h2 or postgres, not '" + kind + "'");
    }
  }

  private static DemoStore jdbc(
      String name, String url, @Nullable String user, @Nullable String password) {
    JdbcStore.Builder b = JdbcStore.builder().url(url).user(user);
    String secret = password != null ? password : System.getenv(PASSWORD_VARIABLE);
    if (secret != null) {
      b.password(secret);
    }
    JdbcStore store = b.build();
    return new DemoStore(
        name + " at " + redacted(url) + " (kept across restarts)",
        store.users(),
        store.groups(true),
        store);
  }

  /** {@code url} without credentials a user may have written into it. */
  static String redacted(String url) {
    return url.replaceAll("(?i)(password|pwd)=[^;&]*", "$1=***").replaceAll("//[^/@]*@", "//***@");
  }

  @Override
  public void close() {
    if (jdbc != null) {
      jdbc.close();
    }
  }
}
