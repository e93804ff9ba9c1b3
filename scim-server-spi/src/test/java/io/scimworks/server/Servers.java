package io.scimworks.server;

import io.scimworks.server.memory.InMemoryRepository;
import io.scimworks.server.spi.AuditListener;

/** Servers for tests. */
final class Servers {
  private Servers() {}

  static ScimServer.Builder builder() {
    return ScimServer.builder()
        .users(InMemoryRepository.forUsers())
        .groups(InMemoryRepository.forGroups())
        .authenticator(BearerTokens.of(Scim.TOKEN))
        .auditListener(AuditListener.none());
  }

  static Scim client() {
    return new Scim(builder().build());
  }
}
