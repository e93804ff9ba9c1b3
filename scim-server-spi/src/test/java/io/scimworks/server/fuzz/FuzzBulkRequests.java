package io.scimworks.server.fuzz;

import static io.scimworks.server.fuzz.FuzzRequests.group;
import static io.scimworks.server.fuzz.FuzzRequests.patch;
import static io.scimworks.server.fuzz.FuzzRequests.quoted;
import static io.scimworks.server.fuzz.FuzzRequests.user;
import static io.scimworks.server.fuzz.FuzzRequests.value;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.util.List;
import java.util.StringJoiner;

/** Bulk request bodies built from fuzzer data, for {@link FuzzRequests#body}. */
final class FuzzBulkRequests {
  private FuzzBulkRequests() {}

  /** Bulk operation members of another JSON type than the string they must be. */
  private static final String[] WRONG_TYPES = {"7", "null", "true", "[\"POST\"]", "{}", "\"\""};

  /**
   * A bulk request of one to five operations, operation {@code i} with bulkId {@code b<i>}: paths
   * and values refer now and then to another operation's bulkId (a chain, a cycle, itself or one
   * that no operation has), and a method, path, bulkId or version is now and then of another JSON
   * type than a string.
   */
  static String bulk(FuzzedDataProvider data, List<String> ids) {
    String failOnErrors =
        data.pickValue(new String[] {"1", "0", "-1", "99999999999", "1.5", "\"1\"", "null"});
    int n = data.consumeInt(1, 5);
    StringJoiner operations = new StringJoiner(",", "[", "]");
    for (int i = 1; i <= n; i++) {
      operations.add(bulkOperation(data, ids, i, n));
    }
    return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"],"
        + "\"failOnErrors\":"
        + failOnErrors
        + ",\"Operations\":"
        + operations
        + "}";
  }

  private static String bulkOperation(
      FuzzedDataProvider data, List<String> ids, int i, int operations) {
    // half the time every reference of the operation is to one bulkId (b<operations + 1> is none)
    List<String> refs =
        data.consumeBoolean() ? List.of("bulkId:b" + data.consumeInt(1, operations + 1)) : ids;
    String method =
        data.consumeInt(0, 7) == 0
            ? data.pickValue(WRONG_TYPES)
            : quoted(
                data.pickValue(new String[] {"POST", "PATCH", "PUT", "DELETE", "GET", "post"}));
    String path =
        switch (data.consumeInt(0, 7)) {
          case 0 -> data.pickValue(WRONG_TYPES);
          case 1, 2 -> quoted("/Users");
          case 3 -> quoted("/Groups");
          case 4, 5 -> quoted("/Users/" + data.pickValue(refs));
          default -> quoted("/Groups/" + data.pickValue(refs));
        };
    String bulkId = data.consumeInt(0, 7) == 0 ? data.pickValue(WRONG_TYPES) : quoted("b" + i);
    String version =
        data.consumeInt(0, 3) == 0
            ? ",\"version\":" + data.pickValue(new String[] {"7", "\"W/\\\"1\\\"\"", "null"})
            : "";
    String body =
        switch (data.consumeInt(0, 3)) {
          case 0 -> user(data);
          case 1 -> group(data, refs);
          case 2 -> patch(data, refs);
          default -> value(data);
        };
    return "{\"method\":"
        + method
        + ",\"path\":"
        + path
        + ",\"bulkId\":"
        + bulkId
        + version
        + ",\"data\":"
        + body
        + "}";
  }
}
