/**
 * Writes a {@link io.scimworks.compliance.RunReport} as a self-contained HTML page, JUnit XML (for
 * CI servers) or JSON.
 */
@NullMarked
package io.scimworks.compliance.report;

import org.jspecify.annotations.NullMarked;
