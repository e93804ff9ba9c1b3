package io.scimworks.client;

import static io.scimworks.client.MisbehavingServer.respond;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class CapitalizedOpsTest {
  @AutoClose private final MisbehavingServer server = new MisbehavingServer();

  @Test
  void capitalizedOpsAreWrittenAsEntraIdWritesThem() {
    server.then(
        respond(204, "application/scim+json", ""), respond(204, "application/scim+json", ""));
    ScimClient client = ScimClient.builder().baseUri(server.baseUri()).discovery(false).build();

    client
        .users()
        .patch("7")
        .replace("active", "False")
        .remove("title")
        .capitalizedOps(true)
        .execute();
    client.users().patch("7").replace("active", false).execute();

    assertThat(server.requests().get(0).body())
        .contains("\"op\":\"Replace\"", "\"op\":\"Remove\"")
        .doesNotContain("\"op\":\"replace\"");
    assertThat(server.requests().get(1).body()).contains("\"op\":\"replace\"");
  }
}
