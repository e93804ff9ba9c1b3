package io.scimworks.client;

/**
 * Sees into a {@link ScimClient}: told about every HTTP exchange (each attempt, retries included)
 * and about every warning, such as a service whose paging contradicts itself. Register one with
 * {@link ScimClientBuilder#listener(ClientListener)}; override only what you need.
 *
 * <pre>{@code
 * ScimClient scim = ScimClient.builder()
 *     .baseUri(tenantUrl)
 *     .bearerToken(secret)
 *     .listener(ClientListener.logTo(System.getLogger("scim")))   // or your own
 *     .listener(new ClientListener() {
 *       public void onExchange(ExchangeEvent e) {
 *         metrics.timer("scim." + e.method()).record(e.duration());
 *       }
 *     })
 *     .build();
 * }</pre>
 *
 * <p>Secrets never reach a listener: the {@code Authorization} header and other credential headers
 * are masked, and so are {@code password} values in bodies (see {@link ExchangeEvent}).
 *
 * <p>Listeners run on the thread that completed the exchange (often an {@code HttpClient} thread);
 * they must be quick and thread-safe. Anything a listener throws is ignored: a broken listener
 * never changes what a request does.
 */
public interface ClientListener {

  /**
   * Called once per HTTP attempt, after the response arrived or the connection failed.
   *
   * @param exchange what was sent and what came back
   */
  default void onExchange(ExchangeEvent exchange) {}

  /**
   * Called when the client worked around something a service did wrong, e.g. a {@code totalResults}
   * smaller than the results it returned.
   *
   * @param warning what the service did and what the client did about it
   */
  default void onWarning(ClientWarning warning) {}

  /**
   * A listener that writes to a {@link System.Logger} (which goes to {@code java.util.logging}
   * unless an application routes it elsewhere): each exchange at {@code DEBUG} as one line ({@code
   * GET https://.../Users?... -> 200 in 12 ms}), with the masked request and response bodies at
   * {@code TRACE}, and warnings at {@code WARNING}.
   *
   * <pre>{@code
   * .listener(ClientListener.logTo(System.getLogger("io.scimworks.client")))
   * }</pre>
   *
   * @param logger where to write
   * @return the listener
   */
  static ClientListener logTo(System.Logger logger) {
    return new LoggingListener(logger);
  }
}
