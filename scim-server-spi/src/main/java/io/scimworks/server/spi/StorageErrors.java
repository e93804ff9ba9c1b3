package io.scimworks.server.spi;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;

/**
 * The errors every storage raises the same way, so that clients see the same answer from every
 * repository.
 *
 * <pre>{@code
 * try {
 *   insert(...);
 * } catch (SQLIntegrityConstraintViolationException e) {
 *   throw StorageErrors.uniqueness("userName", userName);
 * }
 * int rows = update("... WHERE id = ? AND version = ?", id, expected);
 * if (rows == 0) throw StorageErrors.notUpdated(id, exists(id));
 * }</pre>
 */
public final class StorageErrors {
  private StorageErrors() {}

  /**
   * 409 {@code uniqueness}: another resource already holds {@code value} of {@code attribute}.
   *
   * @param attribute the attribute's name, as the client knows it
   * @param value the taken value, quoted in the detail
   * @return a 409 {@code uniqueness} error, to throw
   */
  public static ScimException uniqueness(String attribute, String value) {
    return ScimException.of(
        ScimType.UNIQUENESS, attribute + " '" + value + "' is already taken by another resource");
  }

  /**
   * What a conditional write that changed no row means: 404 when the resource {@code id} does not
   * exist (any more), 412 when it exists with another version than the one expected.
   *
   * @param id the resource's id
   * @param exists whether the resource still exists
   * @return a 412 error when {@code exists}, else 404, to throw
   */
  public static ScimException notUpdated(String id, boolean exists) {
    return exists
        ? ScimException.preconditionFailed("Resource " + id + " was changed in the meantime")
        : ScimException.notFound("Resource " + id + " not found");
  }
}
