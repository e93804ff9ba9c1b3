package io.scimworks.compliance.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Every check, in the order they run: discovery first, then by area, then identity providers. */
final class Catalogue {
  private static final List<CheckDef> ALL = build();

  private Catalogue() {}

  static List<CheckDef> all() {
    return ALL;
  }

  private static List<CheckDef> build() {
    List<CheckDef> all = new ArrayList<>();
    all.addAll(DiscoveryChecks.all());
    all.addAll(CrudChecks.all());
    all.addAll(FilterChecks.all());
    all.addAll(PatchChecks.all());
    all.addAll(IdpPatchChecks.all());
    all.addAll(PatchErrorChecks.all());
    all.addAll(GroupPatchChecks.all());
    all.addAll(QueryChecks.all());
    all.addAll(CursorChecks.all());
    all.addAll(BulkChecks.all());
    all.addAll(EtagChecks.all());
    all.addAll(ErrorChecks.all());
    all.addAll(HttpMethodChecks.all());
    Set<String> ids = new HashSet<>();
    for (CheckDef d : all) {
      if (!ids.add(d.check().id())) {
        throw new IllegalStateException("duplicate check id " + d.check().id());
      }
    }
    return List.copyOf(all);
  }
}
