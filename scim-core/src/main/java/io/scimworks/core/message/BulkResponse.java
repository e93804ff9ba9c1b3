package io.scimworks.core.message;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import io.scimworks.core.ScimUrns;
import io.scimworks.core.json.ScimJson;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A bulk response (RFC 7644 §3.7).
 *
 * @param operations the results, in request order
 */
public record BulkResponse(List<BulkOperationResult> operations) {

  /**
   * Copies the list.
   *
   * @param operations the results, in request order; copied, not null
   */
  public BulkResponse {
    operations = List.copyOf(operations);
  }

  /**
   * Reads a bulk response; {@code Operations} in any case.
   *
   * @param json the response body; member names in any case
   * @return the response, its results in order
   * @throws ScimException 400 {@code invalidSyntax} naming what is wrong
   */
  public static BulkResponse fromJson(JsonNode json) {
    ObjectNode o = Json.object(json, "bulk response");
    JsonNode ops = Json.get(o, "Operations");
    if (ops == null || !ops.isArray()) {
      throw ScimException.of(
          ScimType.INVALID_SYNTAX, "a bulk response needs an 'Operations' array");
    }
    List<BulkOperationResult> list = new ArrayList<>(ops.size());
    for (JsonNode op : ops) {
      list.add(BulkOperationResult.fromJson(op));
    }
    return new BulkResponse(list);
  }

  /**
   * Writes the response.
   *
   * @return a new object with {@code schemas} and {@code Operations}
   */
  public ObjectNode toJson() {
    ObjectNode o = ScimJson.object();
    o.putArray("schemas").add(ScimUrns.BULK_RESPONSE);
    ArrayNode arr = o.putArray("Operations");
    operations.forEach(op -> arr.add(op.toJson()));
    return o;
  }
}
