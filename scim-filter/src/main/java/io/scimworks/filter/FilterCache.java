package io.scimworks.filter;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A bounded, thread-safe cache of parsed filters, for servers that see the same filter text again
 * and again ({@code userName eq "..."} from an identity provider's matching step).
 *
 * <p>It keeps two generations of at most {@code maxEntries / 2} entries each: a hit in the older
 * generation is promoted, and when the young generation is full it becomes the old one and the old
 * one is dropped. Hits take no lock (misses take one briefly, after parsing); memory stays bounded
 * by {@code maxEntries} filters of at most {@link #MAX_CACHED_LENGTH} characters (longer texts are
 * parsed but not cached). Failures are not cached.
 *
 * <pre>{@code
 * FilterCache cache = FilterCache.create(10_000, FilterParser.defaults());
 * Filter f = cache.parse(request.queryParameter("filter"));
 * }</pre>
 */
public final class FilterCache {
  /** Filter texts longer than this are parsed each time rather than cached. */
  public static final int MAX_CACHED_LENGTH = 2048;

  private final FilterParser parser;
  private final int generationSize;
  private volatile Map<String, Filter> young;
  private volatile Map<String, Filter> old;

  private FilterCache(int maxEntries, FilterParser parser) {
    this.parser = Objects.requireNonNull(parser, "parser");
    this.generationSize = Math.max(1, maxEntries / 2);
    this.young = new ConcurrentHashMap<>();
    this.old = Map.of();
  }

  /**
   * A cache holding at most {@code maxEntries} filters parsed by {@code parser}.
   *
   * @param maxEntries the most filters kept, at least 1
   * @param parser the parser used on a miss (its limits and leniency apply); not null
   * @return a new, empty cache
   * @throws IllegalArgumentException when {@code maxEntries} is not positive
   */
  public static FilterCache create(int maxEntries, FilterParser parser) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be positive: " + maxEntries);
    }
    return new FilterCache(maxEntries, parser);
  }

  /**
   * A cache of {@code maxEntries} filters parsed by {@link FilterParser#defaults()}.
   *
   * @param maxEntries the most filters kept, at least 1
   * @return a new, empty cache
   * @throws IllegalArgumentException when {@code maxEntries} is not positive
   */
  public static FilterCache create(int maxEntries) {
    return create(maxEntries, FilterParser.defaults());
  }

  /**
   * The parsed filter, from the cache when the same text was parsed before.
   *
   * @param text the filter text; not null
   * @return the immutable filter, the same instance for repeated texts while cached
   * @throws FilterException as {@link FilterParser#parseFilter(String)} does
   */
  public Filter parse(String text) {
    Map<String, Filter> y = young;
    Filter filter = y.get(text);
    if (filter != null) {
      return filter;
    }
    filter = old.get(text);
    if (filter == null) {
      filter = parser.parseFilter(text);
      if (text.length() > MAX_CACHED_LENGTH) {
        return filter;
      }
    }
    store(text, filter);
    return filter;
  }

  /** Writes (misses only) take a lock so that the bound holds exactly; reads never do. */
  private synchronized void store(String text, Filter filter) {
    Map<String, Filter> y = young;
    if (y.size() >= generationSize) {
      old = y;
      y = new ConcurrentHashMap<>();
      young = y;
    }
    y.put(text, filter);
  }

  /**
   * How many filters the cache holds now.
   *
   * @return a number between 0 and the configured maximum
   */
  public int size() {
    return young.size() + old.size();
  }

  /**
   * The parser that fills the cache.
   *
   * @return the parser given to {@link #create(int, FilterParser)}
   */
  public FilterParser parser() {
    return parser;
  }
}
