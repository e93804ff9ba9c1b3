/**
 * The {@code scimworks-provision} command: one provisioning cycle (or one user on demand) from a
 * JSON or CSV directory snapshot into a SCIM service. See {@link
 * io.scimworks.provisioning.cli.ProvisionCommand}.
 */
@NullMarked
package io.scimworks.provisioning.cli;

import org.jspecify.annotations.NullMarked;
