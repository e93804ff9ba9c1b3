package io.scimworks.provisioning;

import io.scimworks.client.ScimClient;
import io.scimworks.core.ScimException;
import io.scimworks.filter.Filters;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The answer of a test connection.
 *
 * @param success whether the service answered as Entra expects
 * @param reason why not, with the service's answer; {@code null} on success
 */
public record TestConnectionResult(boolean success, @Nullable String reason) {

  static TestConnectionResult check(ScimClient client, boolean groups) {
    try {
      client.testConnection();
    } catch (ScimException e) {
      return new TestConnectionResult(
          false, explain("GET /Users?filter=userName eq <random GUID>", e));
    } catch (RuntimeException e) {
      return new TestConnectionResult(false, "GET /Users failed: " + Failures.describe(e));
    }
    if (groups) {
      String probe = UUID.randomUUID().toString();
      try {
        long n =
            client
                .groups()
                .search()
                .filter(Filters.eq("displayName", probe))
                .firstPage()
                .totalResults();
        if (n != 0) {
          return new TestConnectionResult(
              false, "GET /Groups?filter=displayName eq <random GUID> found " + n + " groups");
        }
      } catch (RuntimeException e) {
        return new TestConnectionResult(
            false, explain("GET /Groups?filter=displayName eq <random GUID>", e));
      }
    }
    return new TestConnectionResult(true, null);
  }

  private static String explain(String request, RuntimeException e) {
    String hint = "";
    if (e instanceof ScimException s) {
      hint =
          switch (s.status()) {
            case 401, 403 -> " (the secret token was refused: generate a new one in the app)";
            case 404 -> " (the tenant URL does not lead to a SCIM endpoint: check its path)";
            default -> "";
          };
    }
    return request + " answered " + Failures.describe(e) + hint;
  }
}
