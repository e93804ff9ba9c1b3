package io.scimworks.server.spi;

/**
 * A unit of work that a {@link Transactions} implementation has begun, carried to repositories in
 * {@link RequestContext#transaction()}. Opaque to the server: only the store that began it looks
 * inside (typically for the connection its writes must use).
 */
public interface Transaction {

  /**
   * The store that began this unit of work.
   *
   * @return the {@link Transactions} of the store, the same instance its repositories return
   */
  Transactions owner();
}
