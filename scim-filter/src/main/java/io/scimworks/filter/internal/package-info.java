/**
 * Implementation of the filter language: the ANTLR-generated lexer and parser, the AST builder the
 * grammar's actions call, the fast path for simple filters, input limits and error messages. Not an
 * API: use {@link io.scimworks.filter.FilterParser}.
 */
@NullMarked
package io.scimworks.filter.internal;

import org.jspecify.annotations.NullMarked;
