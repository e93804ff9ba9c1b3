package io.scimworks.benchmarks.server;

import io.scimworks.server.ScimRequest;
import io.scimworks.server.ScimResponse;
import io.scimworks.server.ScimServer;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code ScimServer.handle} costs per request for the two reads of {@code http-load.sh}
 * (Entra's {@code userName eq} lookup and a read by id of the same user among 1,000), without HTTP:
 * heap bytes allocated and CPU time of the calling thread, per request. Allocation counts do not
 * depend on the machine's load, so they compare builds on a busy machine too; the CPU time is
 * indicative only.
 *
 * <pre>
 * java -cp scim-benchmarks/target/benchmarks.jar io.scimworks.benchmarks.server.HandleCost [n]
 * </pre>
 */
public final class HandleCost {
  private HandleCost() {}

  /**
   * Runs 10 rounds of {@code n} requests (default 20,000) of each kind and prints the last three.
   *
   * @param args optionally the number of requests per round
   */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    ScimServer server = EntraUsers.server();
    String id = EntraUsers.load(server, 0, 1000)[500];
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Host", List.of("127.0.0.1:18080"));
    headers.put("Authorization", List.of("Bearer " + EntraUsers.TOKEN));
    Map<String, ScimRequest> requests = new LinkedHashMap<>();
    requests.put(
        "filter",
        new ScimRequest(
            "GET",
            "/Users",
            "filter=userName%20eq%20%22user500%40contoso.com%22",
            headers,
            new byte[0],
            "127.0.0.1"));
    requests.put(
        "by id", new ScimRequest("GET", "/Users/" + id, null, headers, new byte[0], "127.0.0.1"));
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    for (int round = 0; round < 10; round++) {
      for (Map.Entry<String, ScimRequest> e : requests.entrySet()) {
        long bytes = threads.getCurrentThreadAllocatedBytes();
        long cpu = threads.getCurrentThreadCpuTime();
        long length = 0;
        for (int i = 0; i < n; i++) {
          ScimResponse r = server.handle(e.getValue());
          if (r.status() != 200) {
            throw new IllegalStateException(e.getKey() + ": " + r.bodyText());
          }
          length += r.body().length;
        }
        bytes = threads.getCurrentThreadAllocatedBytes() - bytes;
        cpu = threads.getCurrentThreadCpuTime() - cpu;
        if (round >= 7) {
          System.out.printf(
              "%-7s %,8d bytes/request  %6.2f us CPU/request  body %d bytes%n",
              e.getKey(), bytes / n, cpu / 1e3 / n, length / n);
        }
      }
    }
  }
}
