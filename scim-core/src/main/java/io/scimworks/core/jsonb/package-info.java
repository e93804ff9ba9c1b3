/**
 * Jakarta JSON Binding interop: map an application's JSON-B classes to and from SCIM resources
 * ({@link io.scimworks.core.jsonb.JsonbMapping}). Needs {@code jakarta.json.bind-api} and an
 * implementation such as Eclipse Yasson on the class path (optional dependencies of scim-core).
 */
@NullMarked
package io.scimworks.core.jsonb;

import org.jspecify.annotations.NullMarked;
