package io.scimworks.client;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the paging tests against scripted services share: a {@link MisbehavingServer} started for
 * each test and closed after it, and a client of it (no discovery) whose warnings are recorded.
 */
abstract class ScriptedPagingFixture {
  MisbehavingServer server;
  final ClientListenerTest.Recorder recorder = new ClientListenerTest.Recorder();
  ScimClient client;

  @BeforeEach
  void start() throws IOException {
    server = new MisbehavingServer();
    client =
        ScimClient.builder().baseUri(server.baseUri()).discovery(false).listener(recorder).build();
  }

  @AfterEach
  void stop() {
    server.close();
  }
}
