package io.scimworks.core.message;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimUrns;
import io.scimworks.core.json.ScimJson;
import io.scimworks.filter.Filter;
import io.scimworks.filter.FilterException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A query (RFC 7644 §3.4.3 {@code POST .search} body, or the equivalent query parameters), with the
 * RFC 9865 {@code cursor}.
 *
 * <pre>{@code
 * SearchRequest q = SearchRequest.builder()
 *     .filter("userName eq \"bjensen\"").attributes(List.of("displayName")).count(10).build();
 * }</pre>
 *
 * @param attributes attributes to return ({@code attributes}); empty for the default set
 * @param excludedAttributes attributes to leave out; empty for none
 * @param filter the filter text, or {@code null}
 * @param sortBy the attribute path to sort by, or {@code null}
 * @param sortOrder the sort order, or {@code null} (ascending)
 * @param startIndex 1-based index of the first result, or {@code null}
 * @param count the maximum number of results, or {@code null}
 * @param cursor RFC 9865 cursor ({@code ""} asks for the first cursor page), or {@code null}
 */
public record SearchRequest(
    List<String> attributes,
    List<String> excludedAttributes,
    @Nullable String filter,
    @Nullable String sortBy,
    @Nullable SortOrder sortOrder,
    @Nullable Integer startIndex,
    @Nullable Integer count,
    @Nullable String cursor) {

  /**
   * Copies the lists.
   *
   * @param attributes attribute paths to return, as written; copied, not null
   * @param excludedAttributes attribute paths to leave out, as written; copied, not null
   * @param filter the filter text, unparsed, or {@code null}
   * @param sortBy the attribute path to sort by, or {@code null}
   * @param sortOrder the sort order, or {@code null}
   * @param startIndex the 1-based start index as sent (not clamped), or {@code null}
   * @param count the page size as sent, or {@code null}
   * @param cursor the RFC 9865 cursor, or {@code null}
   */
  public SearchRequest {
    attributes = List.copyOf(attributes);
    excludedAttributes = List.copyOf(excludedAttributes);
  }

  /**
   * Starts an empty request.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding every field of this request, to derive a changed copy.
   *
   * <pre>{@code
   * SearchRequest next = request.toBuilder().startIndex(26).build();
   * }</pre>
   *
   * @return a new builder holding this value's parts; changing it leaves this value unchanged
   */
  public Builder toBuilder() {
    return new Builder()
        .attributes(attributes)
        .excludedAttributes(excludedAttributes)
        .filter(filter)
        .sortBy(sortBy)
        .sortOrder(sortOrder)
        .startIndex(startIndex)
        .count(count)
        .cursor(cursor);
  }

  /**
   * The parsed filter, or {@code null} when there is none.
   *
   * @return the filter, or {@code null} when {@code filter} is null or blank
   * @throws ScimException 400 {@code invalidFilter} naming the position
   */
  public @Nullable Filter parsedFilter() {
    if (filter == null || filter.isBlank()) {
      return null;
    }
    try {
      return Filter.parse(filter);
    } catch (FilterException e) {
      throw ScimException.from(e);
    }
  }

  /**
   * The 1-based start index, clamped as RFC 7644 says (values below 1 mean 1).
   *
   * @return {@code startIndex}, or 1 when it is absent or below 1
   */
  public int effectiveStartIndex() {
    return startIndex == null || startIndex < 1 ? 1 : startIndex;
  }

  /**
   * Reads a search request body; {@code attributes} may be an array or a comma-separated string,
   * numbers may be strings; {@code schemas} as {@link MessageSchemas} requires.
   *
   * @param json the request body; member names in any case, unknown members ignored
   * @return the request, with {@code null} for each absent member; the filter is not parsed yet
   * @throws ScimException 400 {@code invalidSyntax} or {@code invalidValue} naming the member
   */
  public static SearchRequest fromJson(JsonNode json) {
    ObjectNode o = Json.object(json, "search request");
    MessageSchemas.require(o, ScimUrns.SEARCH_REQUEST);
    String order = Json.text(o, "sortOrder");
    return new SearchRequest(
        Json.strings(o, "attributes"),
        Json.strings(o, "excludedAttributes"),
        Json.text(o, "filter"),
        Json.text(o, "sortBy"),
        order == null ? null : SortOrder.fromKeyword(order),
        Json.integer(o, "startIndex"),
        Json.integer(o, "count"),
        Json.text(o, "cursor"));
  }

  /**
   * Writes the request body, leaving out absent parts.
   *
   * @return a new object with {@code schemas} and the members that are set (empty lists left out)
   */
  public ObjectNode toJson() {
    ObjectNode o = ScimJson.object();
    o.putArray("schemas").add(ScimUrns.SEARCH_REQUEST);
    if (!attributes.isEmpty()) {
      ArrayNode a = o.putArray("attributes");
      attributes.forEach(a::add);
    }
    if (!excludedAttributes.isEmpty()) {
      ArrayNode a = o.putArray("excludedAttributes");
      excludedAttributes.forEach(a::add);
    }
    if (filter != null) {
      o.put("filter", filter);
    }
    if (sortBy != null) {
      o.put("sortBy", sortBy);
    }
    if (sortOrder != null) {
      o.put("sortOrder", sortOrder.keyword());
    }
    if (startIndex != null) {
      o.put("startIndex", startIndex);
    }
    if (count != null) {
      o.put("count", count);
    }
    if (cursor != null) {
      o.put("cursor", cursor);
    }
    return o;
  }

  /** Builds a {@link SearchRequest}. */
  public static final class Builder {
    private List<String> attributes = List.of();
    private List<String> excludedAttributes = List.of();
    private @Nullable String filter;
    private @Nullable String sortBy;
    private @Nullable SortOrder sortOrder;
    private @Nullable Integer startIndex;
    private @Nullable Integer count;
    private @Nullable String cursor;

    private Builder() {}

    /**
     * Sets the attributes to return.
     *
     * @param attributes attribute paths such as {@code name.givenName}; not null
     * @return this builder
     */
    public Builder attributes(List<String> attributes) {
      this.attributes = attributes;
      return this;
    }

    /**
     * Sets the attributes to leave out.
     *
     * @param excludedAttributes attribute paths; not null
     * @return this builder
     */
    public Builder excludedAttributes(List<String> excludedAttributes) {
      this.excludedAttributes = excludedAttributes;
      return this;
    }

    /**
     * Sets the filter text.
     *
     * @param filter the filter text (not checked here), or {@code null} for none
     * @return this builder
     */
    public Builder filter(@Nullable String filter) {
      this.filter = filter;
      return this;
    }

    /**
     * Sets the filter.
     *
     * @param filter the filter, stored as its canonical text; not null
     * @return this builder
     */
    public Builder filter(Filter filter) {
      this.filter = filter.toString();
      return this;
    }

    /**
     * Sets the sort attribute.
     *
     * @param sortBy an attribute path, or {@code null} for none
     * @return this builder
     */
    public Builder sortBy(@Nullable String sortBy) {
      this.sortBy = sortBy;
      return this;
    }

    /**
     * Sets the sort order.
     *
     * @param sortOrder the order, or {@code null} for the default (ascending)
     * @return this builder
     */
    public Builder sortOrder(@Nullable SortOrder sortOrder) {
      this.sortOrder = sortOrder;
      return this;
    }

    /**
     * Sets the 1-based start index.
     *
     * @param startIndex the 1-based index, or {@code null} for none
     * @return this builder
     */
    public Builder startIndex(@Nullable Integer startIndex) {
      this.startIndex = startIndex;
      return this;
    }

    /**
     * Sets the page size.
     *
     * @param count the most results wanted, or {@code null} for the server's default
     * @return this builder
     */
    public Builder count(@Nullable Integer count) {
      this.count = count;
      return this;
    }

    /**
     * Sets the RFC 9865 cursor.
     *
     * @param cursor the cursor, {@code ""} for the first cursor page, or {@code null} for none
     * @return this builder
     */
    public Builder cursor(@Nullable String cursor) {
      this.cursor = cursor;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return a new immutable request; the builder stays usable
     */
    public SearchRequest build() {
      return new SearchRequest(
          attributes, excludedAttributes, filter, sortBy, sortOrder, startIndex, count, cursor);
    }
  }
}
