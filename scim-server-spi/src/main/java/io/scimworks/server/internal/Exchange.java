package io.scimworks.server.internal;

import io.scimworks.server.ScimRequest;
import io.scimworks.server.spi.AuditEvent;
import io.scimworks.server.spi.RequestContext;
import io.scimworks.server.spi.ScimPrincipal;
import io.scimworks.server.spi.Transaction;
import io.scimworks.server.spi.Transactions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** One request being served: what was asked, by whom, for which tenant. */
public final class Exchange {
  private final ScimRequest request;
  private final List<String> segments;
  private final QueryParams params;
  private final ScimPrincipal principal;
  private final String tenant;
  private final String baseUrl;
  private @Nullable Audited audited;
  private @Nullable Transaction transaction;
  private @Nullable Map<String, String> groupNames;

  /** Creates the exchange of an authenticated request. */
  public Exchange(
      ScimRequest request,
      List<String> segments,
      QueryParams params,
      ScimPrincipal principal,
      String tenant,
      String baseUrl) {
    this.request = request;
    this.segments = segments;
    this.params = params;
    this.principal = principal;
    this.tenant = tenant;
    this.baseUrl = baseUrl;
  }

  /** The request. */
  /**
   * The display names of the groups this request has rendered in users' {@code groups}, by group id
   * and version: a page of users who share a large group reads that group once, not once per user.
   */
  Map<String, String> groupNames() {
    Map<String, String> names = groupNames;
    if (names == null) {
      names = new HashMap<>();
      groupNames = names;
    }
    return names;
  }

  public ScimRequest request() {
    return request;
  }

  /** The decoded path segments below the mount point (and tenant prefix). */
  public List<String> segments() {
    return segments;
  }

  /** The query parameters. */
  public QueryParams params() {
    return params;
  }

  /** The caller. */
  public ScimPrincipal principal() {
    return principal;
  }

  /** The tenant. */
  public String tenant() {
    return tenant;
  }

  /** The absolute (or, without a Host header, root-relative) URL of the service root. */
  public String baseUrl() {
    return baseUrl;
  }

  /** The repository context for a resource type, inside the open transaction if there is one. */
  public RequestContext context(String resourceType) {
    return new RequestContext(tenant, principal, resourceType, transaction);
  }

  /**
   * Runs {@code work} as one unit of {@code transactions}: every context this exchange hands out
   * meanwhile carries the unit, which nests in the one already open (a savepoint). Runs {@code
   * work} as it is when {@code transactions} is {@code null}, or when a unit of another store is
   * open (two stores cannot share a transaction; each write then stands alone in its own store).
   */
  public <T> T inTransaction(
      String resourceType, @Nullable Transactions transactions, Supplier<T> work) {
    if (transactions == null || (transaction != null && transaction.owner() != transactions)) {
      return work.get();
    }
    return transactions.inTransaction(
        context(resourceType),
        ctx -> {
          Transaction outer = transaction;
          transaction = ctx.transaction();
          try {
            return work.get();
          } finally {
            transaction = outer;
          }
        });
  }

  /** Marks this exchange as a write to be audited. */
  public void audit(AuditEvent.Operation operation, @Nullable String type, @Nullable String id) {
    this.audited = new Audited(operation, type, id);
  }

  /** The write this exchange performed, or {@code null} for a read. */
  public @Nullable Audited audited() {
    return audited;
  }

  /** A write to be reported to the audit listener. */
  public record Audited(
      AuditEvent.Operation operation, @Nullable String resourceType, @Nullable String id) {}
}
