/**
 * Query support over resource trees: {@link io.scimworks.core.query.Projection} for {@code
 * attributes} / {@code excludedAttributes} (RFC 7644 §3.4.2.5) with the schemas' {@code returned}
 * rules, and {@link io.scimworks.core.query.ResourceComparator} for {@code sortBy} / {@code
 * sortOrder} (RFC 7644 §3.4.2.3).
 */
@NullMarked
package io.scimworks.core.query;

import org.jspecify.annotations.NullMarked;
