/** Internals of the JDBC store: SQL dialects, schema migration, filter translation. */
@NullMarked
package io.scimworks.store.jdbc.internal;

import org.jspecify.annotations.NullMarked;
