package io.scimworks.core.validation;

/**
 * What every write path (POST, PUT, PATCH, bulk) does with attributes the resource type's schemas
 * do not define: at the top level, inside an extension object, inside a complex value, and as keys
 * of a PATCH value without a path. One policy for all, so that what a POST keeps a PATCH keeps too.
 *
 * <p>The default is {@link #DROP}, RFC 7644's reading: the service provider "is free to alter
 * and/or ignore POSTed content" (§3.3), and identity providers send attributes an application did
 * not define (Entra ID maps custom attributes under extension URNs the application may not know). A
 * PATCH <em>path</em> naming an attribute that does not exist is always 400 {@code invalidPath},
 * whatever the policy: a path must have a target. A {@code schemas} member inside an extension
 * value is not an unknown attribute: it is ignored, as {@code schemas} is maintained by the server.
 */
public enum UnknownAttributes {
  /** Keep them as sent; they are stored, returned and can be filtered on. */
  KEEP,
  /** Ignore them: they are not stored (the default). */
  DROP,
  /**
   * Reject the request with 400 {@code invalidSyntax} naming the attribute ({@code invalidPath} for
   * a key of a PATCH value without a path, which acts as a path).
   */
  REJECT
}
