package io.scimworks.server.spi;

/**
 * Hears what the server did with each request, for metrics (the Spring Boot starter feeds
 * Micrometer from it). Every method has an empty default; implementations must be fast and
 * thread-safe, and must not throw.
 *
 * <pre>{@code
 * ScimServer.builder().metrics(new ServerMetrics() {
 *   public void searched(String type, FilterEvaluation how) { counters.increment(type, how); }
 * })...
 * }</pre>
 */
public interface ServerMetrics {

  /** Hears nothing. */
  ServerMetrics NONE = new ServerMetrics() {};

  /** Where a search's filter was evaluated. */
  enum FilterEvaluation {
    /** the repository answered the whole filter natively */
    REPOSITORY,
    /** the repository answered a conservative part of it; the server checked the rest */
    PRE_FILTERED,
    /** the repository listed everything; the server evaluated the whole filter */
    IN_MEMORY
  }

  /**
   * A search with a filter ran against the repository of {@code resourceType}.
   *
   * @param resourceType the resource type's name, e.g. {@code User}
   * @param evaluation where the filter was evaluated
   */
  default void searched(String resourceType, FilterEvaluation evaluation) {}

  /**
   * A PATCH request with {@code operations} operations was parsed for {@code resourceType}.
   *
   * @param resourceType the resource type's name, e.g. {@code Group}
   * @param operations how many operations it carries
   */
  default void patched(String resourceType, int operations) {}
}
