package io.scimworks.client;

/**
 * Is told about every retry, e.g. to log or count them.
 *
 * <pre>{@code
 * ScimClient.builder()
 *     .baseUri(tenantUrl)
 *     .retryListener(e -> log.warn("retrying {} {} in {}: {}", e.method(), e.uri(), e.delay(), e.failure()))
 *     .build();
 * }</pre>
 *
 * <p>Listeners run on the thread that decided to retry; they must be quick and must not throw
 * (anything they throw is ignored).
 */
@FunctionalInterface
public interface RetryListener {
  /**
   * Called before the client waits for {@code event.delay()} and repeats the request.
   *
   * @param event the failed attempt and the coming delay
   */
  void onRetry(RetryEvent event);
}
