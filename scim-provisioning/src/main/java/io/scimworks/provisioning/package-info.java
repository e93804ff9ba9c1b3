/**
 * Entra-style provisioning: keeps a SCIM service in step with a source directory, the way Microsoft
 * Entra ID's provisioning service does.
 *
 * <pre>{@code
 * ProvisioningEngine engine = ProvisioningEngine.builder()
 *     .client(ScimClient.builder().baseUri(tenantUrl).bearerToken(secret).build())
 *     .source(JsonDirectory.of(Path.of("directory.json")))
 *     .mappings(Mappings.read(Path.of("mapping.json")))
 *     .state(FileState.of(Path.of("state.json")))
 *     .listener(record -> System.out.println(record.toJson()))   // one JSON line per action
 *     .build();
 * CycleResult result = engine.runCycle();   // initial cycle first, then incremental ones
 * }</pre>
 *
 * <p>A source ({@link io.scimworks.provisioning.SourceDirectory}) lists users and groups with their
 * memberships; {@link io.scimworks.provisioning.Mappings} turn source attributes into SCIM
 * attributes and say which ones match existing resources; a {@link
 * io.scimworks.provisioning.ProvisioningState} remembers what was sent, so that later cycles send
 * only what changed.
 */
@NullMarked
package io.scimworks.provisioning;

import org.jspecify.annotations.NullMarked;
