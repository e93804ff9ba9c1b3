package io.scimworks.server.spi;

/**
 * What a {@link Repository} does natively. The server does the rest in memory: with {@link #none()}
 * the repository only lists everything and the server filters, sorts and pages.
 *
 * @param filtering {@link Repository#search} applies {@link SearchQuery#filter()}
 * @param sorting {@link Repository#search} applies {@link SearchQuery#sortBy()}
 * @param paging {@link Repository#search} applies {@link SearchQuery#startIndex()} and {@link
 *     SearchQuery#count()} and reports the total
 * @param patching {@link Repository#patch} applies a change atomically itself
 */
public record Capabilities(boolean filtering, boolean sorting, boolean paging, boolean patching) {

  private static final Capabilities NONE = new Capabilities(false, false, false, false);
  private static final Capabilities ALL = new Capabilities(true, true, true, true);

  /**
   * Nothing native: the server filters, sorts, pages and patches in memory.
   *
   * @return the shared instance with every flag off
   */
  public static Capabilities none() {
    return NONE;
  }

  /**
   * Everything native.
   *
   * @return the shared instance with every flag on
   */
  public static Capabilities all() {
    return ALL;
  }
}
