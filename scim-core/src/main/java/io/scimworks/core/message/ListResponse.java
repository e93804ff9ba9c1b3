package io.scimworks.core.message;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import io.scimworks.core.ScimUrns;
import io.scimworks.core.json.ScimJson;
import io.scimworks.core.resource.ScimResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A query result page (RFC 7644 §3.4.2), with RFC 9865 cursors.
 *
 * <p>Written with {@code schemas}, {@code totalResults}, {@code itemsPerPage}, {@code startIndex}
 * and {@code Resources}, which is present even when empty (Entra's Test Connection expects it);
 * {@code itemsPerPage} defaults to the number of resources and {@code startIndex} to 1 unless the
 * page is cursor-based. Read leniently: {@code Resources} in any case, numbers as strings.
 *
 * <pre>{@code
 * ListResponse page = ListResponse.of(List.of(alice, bob), 2);
 * ObjectNode body = page.toJson();
 * }</pre>
 *
 * @param totalResults the total number of matching resources
 * @param startIndex 1-based index of the first resource, or {@code null} (cursor paging)
 * @param itemsPerPage number of resources on this page, or {@code null} to write the list size
 * @param resources the resources on this page
 * @param nextCursor RFC 9865 cursor of the next page, or {@code null}
 * @param previousCursor RFC 9865 cursor of the previous page, or {@code null}
 */
public record ListResponse(
    long totalResults,
    @Nullable Integer startIndex,
    @Nullable Integer itemsPerPage,
    List<ScimResource> resources,
    @Nullable String nextCursor,
    @Nullable String previousCursor) {

  /**
   * Rejects negative totals and copies the list.
   *
   * @param totalResults the total number of matches, 0 or more
   * @param startIndex the 1-based index of the first resource, or {@code null} for a cursor page
   * @param itemsPerPage the page size, or {@code null} to write the list size
   * @param resources the page's resources, in order; copied, must not hold nulls
   * @param nextCursor the cursor of the next page, or {@code null}
   * @param previousCursor the cursor of the previous page, or {@code null}
   * @throws IllegalArgumentException when {@code totalResults} is negative
   */
  public ListResponse {
    if (totalResults < 0) {
      throw new IllegalArgumentException("totalResults must not be negative");
    }
    resources = List.copyOf(resources);
  }

  /**
   * An index-paged response starting at 1.
   *
   * @param resources the page's resources, in order; not null
   * @param totalResults the total number of matches, 0 or more
   * @return a page with {@code startIndex} 1 and {@code itemsPerPage} the list size
   */
  public static ListResponse of(List<ScimResource> resources, long totalResults) {
    return new ListResponse(totalResults, 1, resources.size(), resources, null, null);
  }

  /**
   * An index-paged response.
   *
   * @param resources the page's resources, in order; not null
   * @param totalResults the total number of matches, 0 or more
   * @param startIndex the 1-based index of the first resource
   * @return a page with {@code itemsPerPage} the list size and no cursors
   */
  public static ListResponse of(List<ScimResource> resources, long totalResults, int startIndex) {
    return new ListResponse(totalResults, startIndex, resources.size(), resources, null, null);
  }

  /**
   * The empty response ({@code totalResults: 0, Resources: []}).
   *
   * @return a page with no resources and {@code totalResults} 0
   */
  public static ListResponse empty() {
    return of(List.of(), 0);
  }

  /**
   * The resources converted, e.g. {@code page.map(User::from)}.
   *
   * @param <T> the converted type
   * @param converter applied to each resource in page order; not null
   * @return a new list of the converted resources, in page order
   */
  public <T> List<T> map(Function<ScimResource, T> converter) {
    List<T> out = new ArrayList<>(resources.size());
    resources.forEach(r -> out.add(converter.apply(r)));
    return out;
  }

  /**
   * Reads a list response.
   *
   * @param json the response body; member names in any case, numbers also as strings
   * @return the page; {@code totalResults} is the number of resources when absent, 0 when negative
   * @throws ScimException 400 {@code invalidSyntax} if it is not an object, {@code Resources} is
   *     not an array of objects, or a number is not one
   */
  public static ListResponse fromJson(JsonNode json) {
    ObjectNode o = Json.object(json, "list response");
    Long total = Json.longValue(o, "totalResults");
    JsonNode res = Json.get(o, "Resources");
    List<ScimResource> resources = new ArrayList<>();
    if (res != null) {
      if (!res.isArray()) {
        throw ScimException.of(ScimType.INVALID_SYNTAX, "'Resources' must be an array");
      }
      for (JsonNode r : res) {
        resources.add(ScimResource.of(Json.object(r, "each of 'Resources'")));
      }
    }
    return new ListResponse(
        total == null ? resources.size() : Math.max(0, total),
        Json.integer(o, "startIndex"),
        Json.integer(o, "itemsPerPage"),
        resources,
        Json.text(o, "nextCursor"),
        Json.text(o, "previousCursor"));
  }

  /**
   * Writes the response; the resources' trees are shared, not copied.
   *
   * @return a new object with {@code schemas}, {@code totalResults}, {@code itemsPerPage}, {@code
   *     startIndex} (unless cursor-paged), the cursors that are set and {@code Resources}
   */
  public ObjectNode toJson() {
    ObjectNode o = ScimJson.object();
    o.putArray("schemas").add(ScimUrns.LIST_RESPONSE);
    o.put("totalResults", totalResults);
    o.put("itemsPerPage", Objects.requireNonNullElse(itemsPerPage, resources.size()));
    if (startIndex != null) {
      o.put("startIndex", startIndex);
    } else if (nextCursor == null && previousCursor == null) {
      o.put("startIndex", 1);
    }
    if (previousCursor != null) {
      o.put("previousCursor", previousCursor);
    }
    if (nextCursor != null) {
      o.put("nextCursor", nextCursor);
    }
    ArrayNode arr = o.putArray("Resources");
    resources.forEach(r -> arr.add(r.json()));
    return o;
  }
}
