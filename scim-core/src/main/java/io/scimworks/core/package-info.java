/**
 * What every SCIMworks module shares: the one error type {@link io.scimworks.core.ScimException}
 * (HTTP status, {@link io.scimworks.core.ScimType scimType} and detail, rendered as an RFC 7644
 * §3.12 error), the schema URNs of RFC 7643 and 7644 ({@link io.scimworks.core.ScimUrns}), and the
 * one case-insensitive comparison ({@link io.scimworks.core.CaseFolding}). Packages below hold the
 * JSON codec, schemas, resources, messages, PATCH, validation and query support. Nothing in this
 * module accepts {@code null} unless a parameter says so.
 */
@NullMarked
package io.scimworks.core;

import org.jspecify.annotations.NullMarked;
