package io.scimworks.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.server.spi.AuditEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class AuditTest {

  @Test
  void everyWriteIsReportedWithItsOutcomeAndReadsAreNot() {
    List<AuditEvent> events = new CopyOnWriteArrayList<>();
    Scim scim = new Scim(Servers.builder().auditListener(events::add).build());
    String id = scim.createUser("audited");
    scim.get("/Users/" + id);
    scim.post("/Users", Scim.user("audited"));
    scim.delete("/Users/" + id);
    assertThat(events).hasSize(3);
    AuditEvent create = events.get(0);
    assertThat(create.operation()).isEqualTo(AuditEvent.Operation.CREATE);
    assertThat(create.resourceType()).isEqualTo("User");
    assertThat(create.id()).isEqualTo(id);
    assertThat(create.outcome()).isEqualTo(AuditEvent.Outcome.SUCCESS);
    assertThat(create.status()).isEqualTo(201);
    assertThat(create.principal()).isEqualTo("token-1");
    assertThat(create.tenant()).isEqualTo("default");
    assertThat(events.get(1).outcome()).isEqualTo(AuditEvent.Outcome.FAILURE);
    assertThat(events.get(1).status()).isEqualTo(409);
    assertThat(events.get(2).operation()).isEqualTo(AuditEvent.Operation.DELETE);
    assertThat(events.get(2).status()).isEqualTo(204);
  }

  @Test
  void aFailingListenerDoesNotBreakTheRequest() {
    Scim scim =
        new Scim(
            Servers.builder()
                .auditListener(
                    e -> {
                      throw new IllegalStateException("listener down");
                    })
                .build());
    try (CapturedLog log = CapturedLog.start()) {
      assertThat(scim.post("/Users", Scim.user("still")).status()).isEqualTo(201);
      assertThat(log.messages()).containsExactly("Audit listener failed");
    }
  }
}
