/** SCIM resources stored over JDBC in PostgreSQL or embedded H2. */
@NullMarked
package io.scimworks.store.jdbc;

import org.jspecify.annotations.NullMarked;
