package io.scimworks.client;

import io.scimworks.core.ScimException;
import io.scimworks.core.message.BulkOperationResult;
import io.scimworks.core.message.ErrorResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of a bulk request: one result per operation that was sent, in order, however many
 * HTTP requests it took.
 *
 * @param results the per-operation results, in the order the operations were added
 * @param createdIds the {@code id} the service gave each created resource, by {@code bulkId}
 * @param requests how many HTTP requests were sent
 * @param skipped how many operations were not sent because {@code failOnErrors} was reached
 */
public record BulkResult(
    List<BulkOperationResult> results, Map<String, String> createdIds, int requests, int skipped) {

  /**
   * Copies the collections.
   *
   * @param results the per-operation results, in the order the operations were added
   * @param createdIds the {@code id} the service gave each created resource, by {@code bulkId}
   * @param requests how many HTTP requests were sent
   * @param skipped how many operations were not sent because {@code failOnErrors} was reached
   */
  public BulkResult {
    results = List.copyOf(results);
    createdIds = Map.copyOf(createdIds);
  }

  /** {@return whether every operation was sent and answered with a 2xx status} */
  public boolean succeeded() {
    return skipped == 0 && results.stream().allMatch(BulkResult::ok);
  }

  /** {@return the results of the operations answered with a status other than 2xx, in order} */
  public List<BulkOperationResult> failures() {
    return results.stream().filter(r -> !ok(r)).toList();
  }

  /**
   * The result of the operation with {@code bulkId}.
   *
   * @param bulkId the {@code bulkId} given to {@link BulkBuilder#create}
   * @return its result, or empty when no such operation was sent
   */
  public Optional<BulkOperationResult> result(String bulkId) {
    return results.stream().filter(r -> bulkId.equals(r.bulkId())).findFirst();
  }

  /**
   * The {@code id} of the resource created by the operation with {@code bulkId}.
   *
   * @param bulkId the {@code bulkId} given to {@link BulkBuilder#create}
   * @return the new resource's id, or empty when that create failed or was not sent
   */
  public Optional<String> createdId(String bulkId) {
    return Optional.ofNullable(createdIds.get(bulkId));
  }

  /**
   * A failed operation's error as an exception, e.g. to rethrow it.
   *
   * @param failure one of {@link #failures()}
   * @return the operation's status with the {@code scimType} and detail of its error body, or a
   *     generic detail when the body is not an error response
   */
  public static ScimException error(BulkOperationResult failure) {
    if (failure.response() != null && failure.response().isObject()) {
      try {
        ErrorResponse e = ErrorResponse.fromJson(failure.response());
        return ScimException.received(failure.status(), e.scimType(), e.detail());
      } catch (ScimException unreadable) {
        // fall through to a generic error
      }
    }
    return ScimException.received(failure.status(), null, failure.method() + " failed in bulk");
  }

  private static boolean ok(BulkOperationResult r) {
    return r.status() >= 200 && r.status() <= 299;
  }
}
