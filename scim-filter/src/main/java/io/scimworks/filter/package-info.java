/**
 * The RFC 7644 filter and path language on its own: {@link io.scimworks.filter.FilterParser} reads
 * filters, PATCH paths and attribute lists into immutable trees ({@link
 * io.scimworks.filter.Filter}, {@link io.scimworks.filter.PatchPath}, {@link
 * io.scimworks.filter.AttributePath}) or fails with a {@link io.scimworks.filter.FilterException}
 * naming the {@code scimType} and position; {@link io.scimworks.filter.Filters} builds them, {@link
 * io.scimworks.filter.FilterPrinter} prints them back, and {@link
 * io.scimworks.filter.FilterEvaluator} tests them against Jackson trees. It depends on nothing of
 * SCIMworks.
 */
@NullMarked
package io.scimworks.filter;

import org.jspecify.annotations.NullMarked;
