package io.scimworks.server.spi;

import java.util.function.Function;

/**
 * Optional capability of a store: several writes, possibly to repositories of different resource
 * types, commit together or not at all. A {@link Repository} offers it through {@link
 * Repository#transactions()}; repositories of one store return the same instance, which is how the
 * server knows that a user's delete and its removal from every group can be one transaction.
 *
 * <p>The server uses it for a {@code DELETE} and the group clean-up that follows, for every
 * operation of a bulk request, and for a whole bulk request when {@link
 * io.scimworks.server.ScimServer.Builder#atomicBulk(boolean)} is on. Applications may use it for
 * their own writes as well:
 *
 * <pre>{@code
 * Transactions tx = users.transactions();
 * tx.inTransaction(RequestContext.of("User"), ctx -> {
 *   users.delete(ctx, id, null);
 *   groups.replace(ctx.forType("Group"), groupId, group, null);
 *   return null;
 * });
 * }</pre>
 */
public interface Transactions {

  /**
   * Runs {@code work} as one unit. {@code work} receives {@code context} carrying the new {@link
   * Transaction}; every repository call of this store made with that context (or one derived from
   * it through {@link RequestContext#forType}) joins the unit. The unit commits when {@code work}
   * returns and rolls back when it throws, and the exception is rethrown.
   *
   * <p>When {@code context} already carries a transaction of this store the unit is nested: {@code
   * work} runs inside it, and if it throws only its own writes are undone (a savepoint); the outer
   * unit goes on and decides on the commit.
   *
   * @param context the request's context; its transaction, if any, must belong to this store
   * @param work the writes; its return value is returned
   * @param <T> what {@code work} returns
   * @return what {@code work} returned
   * @throws io.scimworks.core.ScimException 503 when the commit fails (nothing was written), or
   *     whatever {@code work} threw (after the rollback)
   */
  <T> T inTransaction(RequestContext context, Function<RequestContext, T> work);
}
