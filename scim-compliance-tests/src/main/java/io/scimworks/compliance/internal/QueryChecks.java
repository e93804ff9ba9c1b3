package io.scimworks.compliance.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Shaping what a read returns: {@link ProjectionChecks} (RFC 7644 §3.9), {@link SortChecks}
 * (§3.4.2.3) and {@link PagingChecks} (§3.4.2.4), in that order.
 */
final class QueryChecks {
  private QueryChecks() {}

  static List<CheckDef> all() {
    List<CheckDef> all = new ArrayList<>();
    all.addAll(ProjectionChecks.all());
    all.addAll(SortChecks.all());
    all.addAll(PagingChecks.all());
    return all;
  }
}
