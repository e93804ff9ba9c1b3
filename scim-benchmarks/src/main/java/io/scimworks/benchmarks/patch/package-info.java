/** PATCH benchmarks: SCIMworks' engine against UnboundID, SCIMple and SCIM-SDK. */
@NullMarked
package io.scimworks.benchmarks.patch;

import org.jspecify.annotations.NullMarked;
