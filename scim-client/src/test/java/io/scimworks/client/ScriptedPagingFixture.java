package io.scimworks.client;

import org.junit.jupiter.api.AutoClose;

/**
 * What the paging tests against scripted services share: a {@link MisbehavingServer} for each test,
 * closed after it, and a client of it (no discovery) whose warnings are recorded.
 */
abstract class ScriptedPagingFixture {
  @AutoClose final MisbehavingServer server = new MisbehavingServer();
  final ClientListenerTest.Recorder recorder = new ClientListenerTest.Recorder();
  final ScimClient client =
      ScimClient.builder().baseUri(server.baseUri()).discovery(false).listener(recorder).build();
}
