package io.scimworks.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.server.ServerOptions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class OnDemandTest {

  @Test
  void provisioningOneUserOnDemandReturnsEachStepWithRequestResponseAndOutcome() {
    try (TestTarget target = new TestTarget()) {
      InMemoryDirectory dir = Fixtures.directory(6, 3);
      ProvisioningEngine engine =
          ProvisioningEngine.builder()
              .client(target.client())
              .source(dir)
              .mappings(Fixtures.mappings())
              .build();

      OnDemandResult r = engine.provisionOnDemand("user4@contoso.com");

      assertThat(r.sourceId()).isEqualTo("u4");
      assertThat(r.steps())
          .extracting(OnDemandResult.Step::name)
          .containsExactly("user u4", "group g1");
      OnDemandResult.Step user = r.steps().get(0);
      assertThat(user.exchanges())
          .extracting(Exchange::method)
          .containsExactly("GET", "GET", "POST");
      assertThat(user.exchanges().get(2).status()).isEqualTo(201);
      assertThat(user.exchanges().get(2).request()).contains("user4@contoso.com");
      assertThat(user.outcome())
          .singleElement()
          .satisfies(
              o -> {
                assertThat(o.action()).isEqualTo(Action.CREATE);
                assertThat(o.status()).isEqualTo(Status.SUCCESS);
              });
      OnDemandResult.Step group = r.steps().get(1);
      assertThat(group.exchanges())
          .extracting(Exchange::method)
          .containsExactly("GET", "POST", "PATCH");
      assertThat(target.users()).containsOnlyKeys("user4@contoso.com");
      assertThat(CycleTest.memberNames(target.groups().get("Group 1"), target.users()))
          .containsExactly("user4@contoso.com");

      // a second time: matched through the state, nothing to send
      OnDemandResult again = engine.provisionOnDemand("u4");
      assertThat(again.steps().get(0).exchanges()).isEmpty();
    }
  }

  @Test
  void testConnectionPassesOnAGoodTargetAndSaysWhyOtherwise() {
    try (TestTarget target = new TestTarget(ServerOptions.defaults(), s -> s)) {
      ProvisioningEngine.Builder b =
          ProvisioningEngine.builder()
              .source(new InMemoryDirectory())
              .mappings(Fixtures.mappings());
      assertThat(b.client(target.client()).build().testConnection())
          .isEqualTo(new TestConnectionResult(true, null));

      TestConnectionResult badToken =
          b.client(target.clientBuilder().bearerToken("nope").build()).build().testConnection();
      assertThat(badToken.success()).isFalse();
      assertThat(badToken.reason()).contains("401", "secret token was refused");

      TestConnectionResult badUrl =
          b.client(target.clientBuilder().baseUri(target.baseUri() + "/nowhere").build())
              .build()
              .testConnection();
      assertThat(badUrl.success()).isFalse();
      assertThat(badUrl.reason()).contains("404");
    }
  }
}
