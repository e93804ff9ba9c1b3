/** The engine behind the compliance suite: raw HTTP, discovery, test data and the catalogue. */
@NullMarked
package io.scimworks.compliance.internal;

import org.jspecify.annotations.NullMarked;
