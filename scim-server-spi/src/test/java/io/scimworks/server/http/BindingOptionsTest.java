package io.scimworks.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimworks.server.BearerTokens;
import io.scimworks.server.ScimServer;
import io.scimworks.server.ServerOptions;
import io.scimworks.server.memory.InMemoryRepository;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BindingOptionsTest {
  @Test
  void aScimServersTransportLimitsBecomeTheBindingsLimits() {
    ServerOptions server =
        ServerOptions.builder()
            .maxRequestBytes(4096)
            .maxRequestsInFlight(3)
            .readTimeout(Duration.ofSeconds(7))
            .retryAfter(Duration.ofMillis(1500))
            .build();
    ScimServer scim =
        ScimServer.builder()
            .options(server)
            .authenticator(BearerTokens.of("t"))
            .users(InMemoryRepository.forUsers())
            .build();

    BindingOptions options = BindingOptions.forHandler(scim);

    assertThat(options.maxRequestBytes()).isEqualTo(4096);
    assertThat(options.maxInFlight()).isEqualTo(3);
    assertThat(options.readTimeout()).isEqualTo(Duration.ofSeconds(7));
    assertThat(options.writeTimeout()).isEqualTo(Duration.ofSeconds(7));
    assertThat(options.retryAfterSeconds()).isEqualTo(2);
  }

  @Test
  void anyOtherHandlerGetsTheDefaults() {
    assertThat(BindingOptions.forHandler(r -> null)).isEqualTo(BindingOptions.defaults());
    assertThat(BindingOptions.defaults().maxRequestBytes())
        .isEqualTo(ServerOptions.defaults().maxRequestBytes());
  }

  @Test
  void nonsensicalLimitsAreRefused() {
    assertThatThrownBy(() -> BindingOptions.builder().maxInFlight(0).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BindingOptions.builder().readTimeout(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BindingOptions.builder().maxRequestBytes(-1).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(BindingOptions.defaults().toBuilder().maxInFlight(9).build().maxInFlight())
        .isEqualTo(9);
  }
}
