package io.scimworks.server.internal;

import io.scimworks.core.query.Projection;

/**
 * What {@link Renderer} does with each member of one stored resource ({@link StoredJson}) under one
 * projection: worked out once and kept with the scan ({@link StoredJson#plan}), so that reading the
 * same resource again with the same attributes asks the projection nothing. Immutable.
 */
final class RenderPlan {
  /** Not written: {@code schemas} and {@code id} (written apart), unassigned or left out. */
  static final byte SKIP = 0;

  /** Copied from the stored text as it is. */
  static final byte COPY = 1;

  /** Read as a tree and passed through the projection. */
  static final byte TREE = 2;

  private final Projection projection;
  private final byte[] actions;
  private final int schemasAt;
  private final byte schemasAction;
  private final boolean idWhole;
  private final boolean metaWhole;
  private final boolean groupsLeftOut;

  private RenderPlan(StoredJson stored, Projection projection) {
    this.projection = projection;
    int at = -1; // an exact match wins, as in ScimJson.getIgnoreCase
    for (int i = 0; i < stored.count(); i++) {
      if (stored.name(i).equals("schemas")) {
        at = i;
        break;
      }
      if (at < 0 && stored.name(i).equalsIgnoreCase("schemas")) {
        at = i;
      }
    }
    if (at >= 0 && stored.isNonEmptyArray(at)) {
      schemasAt = at;
      schemasAction = stored.inText(at) && projection.keepsWhole("schemas") ? COPY : TREE;
    } else {
      schemasAt = -1; // the type's default schemas
      schemasAction = TREE;
    }
    idWhole = projection.keepsWhole("id");
    metaWhole = projection.keepsWhole("meta");
    groupsLeftOut = projection.leavesOut("groups");
    actions = new byte[stored.count()];
    for (int i = 0; i < actions.length; i++) {
      actions[i] = action(stored, projection, i);
    }
  }

  private static byte action(StoredJson stored, Projection projection, int i) {
    String k = stored.name(i); // never meta: the scan keeps only its timestamps
    if (k.equalsIgnoreCase("schemas") || k.equalsIgnoreCase("id") || stored.isEmptyArray(i)) {
      return SKIP;
    }
    if (!stored.inText(i)) {
      return TREE;
    }
    if (projection.keepsWhole(k)
        || (stored.isNonEmptyObjectInText(i) && projection.keepsWholeObjects(k))) {
      return COPY;
    }
    return projection.leavesOut(k) ? SKIP : TREE;
  }

  /** The plan for {@code stored} under {@code projection}: the one kept, or a new one kept now. */
  static RenderPlan of(StoredJson stored, Projection projection) {
    RenderPlan p = stored.plan();
    if (p == null || p.projection != projection) {
      p = new RenderPlan(stored, projection);
      stored.plan(p);
    }
    return p;
  }

  /** What to do with member {@code i}: {@link #SKIP}, {@link #COPY} or {@link #TREE}. */
  byte action(int i) {
    return actions[i];
  }

  /** The member holding the resource's {@code schemas}, or -1 for the type's default. */
  int schemasAt() {
    return schemasAt;
  }

  /** How {@code schemas} is written: {@link #COPY} or {@link #TREE}. */
  byte schemasAction() {
    return schemasAction;
  }

  /** Whether the projection keeps {@code id} whole. */
  boolean idWhole() {
    return idWhole;
  }

  /** Whether the projection keeps {@code meta} whole. */
  boolean metaWhole() {
    return metaWhole;
  }

  /** Whether the projection leaves {@code groups} out. */
  boolean groupsLeftOut() {
    return groupsLeftOut;
  }
}
