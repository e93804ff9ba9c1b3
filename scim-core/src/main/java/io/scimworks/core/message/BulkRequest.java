package io.scimworks.core.message;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import io.scimworks.core.ScimUrns;
import io.scimworks.core.json.ScimJson;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A bulk request (RFC 7644 §3.7).
 *
 * @param failOnErrors stop after this many errors, or {@code null} to process everything
 * @param operations the operations, in order
 */
public record BulkRequest(@Nullable Integer failOnErrors, List<BulkOperation> operations) {

  /**
   * Copies the list.
   *
   * @param failOnErrors the number of errors after which to stop, or {@code null} for no limit
   * @param operations the operations, in order; copied, not null
   */
  public BulkRequest {
    operations = List.copyOf(operations);
  }

  /**
   * Reads a bulk request; {@code Operations} in any case, {@code schemas} as {@link MessageSchemas}
   * requires.
   *
   * @param json the request body; member names in any case
   * @return the request, its operations in order
   * @throws ScimException 400 {@code invalidSyntax} naming what is wrong
   */
  public static BulkRequest fromJson(JsonNode json) {
    ObjectNode o = Json.object(json, "bulk request");
    MessageSchemas.require(o, ScimUrns.BULK_REQUEST);
    JsonNode ops = Json.get(o, "Operations");
    if (ops == null || !ops.isArray()) {
      throw ScimException.of(ScimType.INVALID_SYNTAX, "a bulk request needs an 'Operations' array");
    }
    List<BulkOperation> list = new ArrayList<>(ops.size());
    for (JsonNode op : ops) {
      list.add(BulkOperation.fromJson(op));
    }
    return new BulkRequest(Json.integer(o, "failOnErrors"), list);
  }

  /**
   * Writes the request.
   *
   * @return a new object with {@code schemas}, {@code failOnErrors} when set, and {@code
   *     Operations}
   */
  public ObjectNode toJson() {
    ObjectNode o = ScimJson.object();
    o.putArray("schemas").add(ScimUrns.BULK_REQUEST);
    if (failOnErrors != null) {
      o.put("failOnErrors", failOnErrors);
    }
    ArrayNode arr = o.putArray("Operations");
    operations.forEach(op -> arr.add(op.toJson()));
    return o;
  }
}
