package io.scimworks.client;

import java.lang.System.Logger.Level;

/** Writes exchanges and warnings to a {@link System.Logger}; see {@link ClientListener#logTo}. */
final class LoggingListener implements ClientListener {
  private final System.Logger logger;

  LoggingListener(System.Logger logger) {
    this.logger = logger;
  }

  @Override
  public void onExchange(ExchangeEvent exchange) {
    if (logger.isLoggable(Level.TRACE)) {
      logger.log(
          Level.TRACE,
          "{0}\n> {1}\n< {2}",
          exchange,
          exchange.requestBody().orElse(""),
          exchange.responseBody().orElse(""));
    } else if (logger.isLoggable(Level.DEBUG)) {
      logger.log(Level.DEBUG, exchange.toString());
    }
  }

  @Override
  public void onWarning(ClientWarning warning) {
    logger.log(Level.WARNING, warning.toString());
  }
}
