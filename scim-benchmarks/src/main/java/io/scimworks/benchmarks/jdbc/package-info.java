/**
 * The JDBC store on an embedded PostgreSQL with up to millions of users: bulk-load rate, lookup
 * latency through the server beside a bare prepared statement, query plans, push-down and heap.
 */
@NullMarked
package io.scimworks.benchmarks.jdbc;

import org.jspecify.annotations.NullMarked;
