/**
 * RFC 7644 §3.5.2 PATCH: the message ({@link io.scimworks.core.patch.PatchRequest}, {@link
 * io.scimworks.core.patch.PatchOperation}) and the engine that applies it to a resource ({@link
 * io.scimworks.core.patch.PatchEngine}), exactly as the RFC says and leniently where real identity
 * providers need it ({@link io.scimworks.core.patch.PatchOptions}).
 *
 * <pre>{@code
 * PatchEngine engine = PatchEngine.builder(registry, ResourceType.user()).build();
 * PatchRequest request = PatchRequest.fromJson(ScimJson.readObject(body));
 * PatchResult result = engine.apply(storedUser, request);
 * if (result.changed()) {
 *   repository.replace(id, result.resource());
 * }
 * }</pre>
 */
@NullMarked
package io.scimworks.core.patch;

import org.jspecify.annotations.NullMarked;
