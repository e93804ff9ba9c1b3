package io.scimworks.provisioning;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimUrns;
import io.scimworks.core.json.ScimJson;
import io.scimworks.core.patch.PatchOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** What the engine does with one user or one group: Entra's per-object decision. */
final class Sync {
  private static final String ACTIVE = "active";

  private final Cycle c;
  private final MappedValues users;
  private final @Nullable MappedValues groups;

  Sync(Cycle cycle, MappedValues users, @Nullable MappedValues groups) {
    this.c = cycle;
    this.users = users;
    this.groups = groups;
  }

  /** Brings one source user's target in step. */
  void user(SourceUser u, Target.Recorder rec) {
    String id = u.id();
    ObjectState st = c.state.get(ObjectKind.USER, id);
    if (escrowed(ObjectKind.USER, id, st)) {
      return;
    }
    String targetId = st == null ? null : st.targetId();
    Action action = Action.OTHER;
    try {
      if (u.hardDeleted()) {
        if (targetId != null) {
          action = Action.DELETE;
          deleteOrHold(ObjectKind.USER, id, targetId, "deleted in the source", rec);
        } else if (st != null) {
          c.state.remove(ObjectKind.USER, id);
        }
        return;
      }
      SourceValues sv = SourceValues.of(u);
      if (u.softDeleted() || !users.inScope(sv, u.assigned())) {
        if (targetId != null && !st.disabled()) {
          String why =
              u.softDeleted()
                  ? "soft-deleted in the source"
                  : u.assigned() ? "outside the scoping filter" : "no longer assigned";
          if (c.settings.skipOutOfScopeDeletions() && !u.softDeleted()) {
            c.log(
                ObjectKind.USER,
                Action.DISABLE,
                Status.SKIPPED,
                id,
                targetId,
                why + "; left enabled because out-of-scope deletions are skipped",
                null);
            return;
          }
          action = Action.DISABLE;
          disableOrHold(id, targetId, why, rec);
        } else if (st == null) {
          c.log(ObjectKind.USER, Action.OTHER, Status.SKIPPED, id, null, "out of scope", null);
        }
        return;
      }
      ObjectNode desired = users.values(sv, false);
      String pendingManager = resolveManager(desired);
      if (pendingManager != null) {
        c.pendingManager(id, pendingManager);
      }
      if (targetId == null) {
        action = Action.CREATE;
        createOrMatch(ObjectKind.USER, id, sv, desired, rec);
        return;
      }
      action = Action.UPDATE;
      try {
        updateUser(id, st, targetId, desired, rec);
      } catch (ScimException e) {
        if (e.status() != 404) {
          throw e;
        }
        // deleted at the target behind our back: provision it again, as Entra does
        c.state.remove(ObjectKind.USER, id);
        action = Action.CREATE;
        createOrMatch(ObjectKind.USER, id, sv, desired, rec);
      }
    } catch (RuntimeException e) {
      fail(ObjectKind.USER, id, targetId, action, e);
    }
  }

  private void updateUser(
      String id, ObjectState st, String targetId, ObjectNode desired, Target.Recorder rec) {
    List<WireMode.Change> changes = users.diff(st.sent(), desired);
    List<PatchOperation> ops = new ArrayList<>(c.target.mode().operations(changes));
    boolean enabling = st.disabled();
    if (enabling && !desired.has(ACTIVE)) {
      ops.add(c.target.mode().active(true));
    }
    if (ops.isEmpty()) {
      return;
    }
    c.attempted();
    c.target.patch(ObjectKind.USER, targetId, ops, rec);
    c.state.put(ObjectKind.USER, id, st.withSent(desired).withDisabled(false));
    c.log(
        ObjectKind.USER,
        Action.UPDATE,
        status(),
        id,
        targetId,
        (enabling ? "enabled again; " : "") + describe(changes),
        null);
  }

  /** Finds the object at the target by its matching attributes, or creates it; returns its id. */
  private String createOrMatch(
      ObjectKind kind, String id, SourceValues sv, ObjectNode desired, Target.Recorder rec) {
    MappedValues mv = kind == ObjectKind.USER ? users : groups;
    c.attempted();
    for (TargetPath p : mv.matchingPaths()) {
      JsonNode v = desired.get(p.text());
      if (v == null) {
        continue;
      }
      Optional<ObjectNode> found = c.target.find(kind, p, v, rec);
      if (found.isPresent()) {
        String tid = found.get().path("id").asString();
        List<WireMode.Change> changes = mv.diff(mv.read(found.get()), desired);
        c.target.patch(kind, tid, c.target.mode().operations(changes), rec);
        c.state.put(kind, id, ObjectState.provisioned(tid, desired));
        c.log(
            kind,
            changes.isEmpty() ? Action.OTHER : Action.UPDATE,
            status(),
            id,
            tid,
            "matched on "
                + p
                + " "
                + ScimJson.write(v)
                + (changes.isEmpty() ? ", nothing to change" : "; " + describe(changes)),
            null);
        return tid;
      }
    }
    ObjectNode onCreate = mv.values(sv, true);
    if (kind == ObjectKind.USER) {
      resolveManager(onCreate);
    }
    ObjectNode body = mv.body(onCreate, schemas(kind));
    String tid = c.target.create(kind, body, rec);
    c.state.put(kind, id, ObjectState.provisioned(tid, desired));
    c.log(
        kind,
        Action.CREATE,
        status(),
        id,
        tid,
        c.target.dryRun() ? "would create " + ScimJson.write(body) : "created",
        null);
    return tid;
  }

  /**
   * Replaces the manager's source id in {@code values} with its target id; when the manager has
   * none yet, leaves the manager out and returns its source id (Entra sets it in a later update).
   */
  private @Nullable String resolveManager(ObjectNode values) {
    TargetPath path = users.managerPath();
    JsonNode manager = path == null ? null : values.get(path.text());
    if (manager == null) {
      return null;
    }
    ObjectState m = c.state.get(ObjectKind.USER, manager.asString());
    if (m != null && m.targetId() != null) {
      values.put(path.text(), m.targetId());
      return null;
    }
    values.remove(path.text());
    return manager.asString();
  }

  /**
   * The follow-up update of a user provisioned before its manager: sets the manager now that it has
   * a target id, or logs a warning when it still has none (out of scope, or failed).
   *
   * @param pending a JSON array of the user's and the manager's source ids
   */
  void followUpManager(String pending, Target.Recorder rec) {
    JsonNode ids = ScimJson.read(pending);
    String id = ids.path(0).asString();
    String managerId = ids.path(1).asString();
    TargetPath path = users.managerPath();
    ObjectState st = c.state.get(ObjectKind.USER, id);
    if (path == null || st == null || st.targetId() == null || st.failures() > 0) {
      return;
    }
    ObjectState m = c.state.get(ObjectKind.USER, managerId);
    if (m == null || m.targetId() == null) {
      c.log(
          ObjectKind.USER,
          Action.UPDATE,
          Status.WARNING,
          id,
          st.targetId(),
          "manager " + managerId + " is not provisioned (out of scope, or failed): left unset",
          null);
      return;
    }
    ObjectNode sent = st.sent();
    if (sent.has(path.text())) {
      return; // set meanwhile
    }
    try {
      JsonNode value = ScimJson.nodes().stringNode(m.targetId());
      c.attempted();
      c.target.patch(
          ObjectKind.USER,
          st.targetId(),
          c.target.mode().operations(List.of(new WireMode.Change(path, null, value))),
          rec);
      sent.set(path.text(), value);
      c.state.put(ObjectKind.USER, id, st.withSent(sent));
      c.log(
          ObjectKind.USER,
          Action.UPDATE,
          status(),
          id,
          st.targetId(),
          "manager set now that it is provisioned",
          null);
    } catch (RuntimeException e) {
      fail(ObjectKind.USER, id, st.targetId(), Action.UPDATE, e);
    }
  }

  /** Brings one source group's target in step: attributes, then members by difference. */
  void group(SourceGroup g, Target.Recorder rec) {
    if (groups == null) {
      return;
    }
    String id = g.id();
    ObjectState st = c.state.get(ObjectKind.GROUP, id);
    if (escrowed(ObjectKind.GROUP, id, st)) {
      return;
    }
    String targetId = st == null ? null : st.targetId();
    Action action = Action.OTHER;
    try {
      SourceValues sv = SourceValues.of(g);
      if (g.hardDeleted() || !groups.inScope(sv, g.assigned())) {
        if (targetId != null) {
          action = Action.DELETE;
          deleteOrHold(
              ObjectKind.GROUP,
              id,
              targetId,
              g.hardDeleted() ? "deleted in the source" : "out of scope",
              rec);
        } else if (st != null) {
          c.state.remove(ObjectKind.GROUP, id);
        }
        return;
      }
      ObjectNode desired = groups.values(sv, false);
      List<String> members = members(g);
      List<String> before;
      if (targetId == null) {
        action = Action.CREATE;
        targetId = createOrMatch(ObjectKind.GROUP, id, sv, desired, rec);
        before = List.of();
      } else {
        action = Action.UPDATE;
        List<WireMode.Change> changes = groups.diff(st.sent(), desired);
        if (!changes.isEmpty()) {
          c.attempted();
          c.target.patch(ObjectKind.GROUP, targetId, c.target.mode().operations(changes), rec);
          c.state.put(ObjectKind.GROUP, id, st.withSent(desired));
          c.log(ObjectKind.GROUP, Action.UPDATE, status(), id, targetId, describe(changes), null);
        }
        before = st.members();
      }
      action = Action.UPDATE;
      members(id, targetId, before, members, rec);
    } catch (RuntimeException e) {
      fail(ObjectKind.GROUP, id, targetId, action, e);
    }
  }

  /** Sends the member difference in chunks, recording progress after each chunk. */
  private void members(
      String id, String targetId, List<String> before, List<String> after, Target.Recorder rec) {
    TreeSet<String> current = new TreeSet<>(before);
    List<String> add = new ArrayList<>();
    for (String m : after) {
      if (!current.contains(m)) {
        add.add(m);
      }
    }
    TreeSet<String> wanted = new TreeSet<>(after);
    List<String> remove = new ArrayList<>();
    for (String m : current) {
      if (!wanted.contains(m)) {
        remove.add(m);
      }
    }
    if (add.isEmpty() && remove.isEmpty()) {
      return;
    }
    c.attempted();
    int size = c.settings.membersPerRequest();
    for (int i = 0; i < add.size(); i += size) {
      List<String> chunk = add.subList(i, Math.min(add.size(), i + size));
      c.target.patch(ObjectKind.GROUP, targetId, c.target.mode().addMembers(chunk), rec);
      current.addAll(chunk);
      saveMembers(id, current);
    }
    for (int i = 0; i < remove.size(); i += size) {
      List<String> chunk = remove.subList(i, Math.min(remove.size(), i + size));
      c.target.patch(ObjectKind.GROUP, targetId, c.target.mode().removeMembers(chunk), rec);
      chunk.forEach(current::remove);
      saveMembers(id, current);
    }
    c.log(
        ObjectKind.GROUP,
        Action.UPDATE,
        status(),
        id,
        targetId,
        "members: " + add.size() + " added, " + remove.size() + " removed",
        null);
  }

  private void saveMembers(String id, TreeSet<String> members) {
    ObjectState st = c.state.get(ObjectKind.GROUP, id);
    if (st != null) {
      c.state.put(ObjectKind.GROUP, id, st.withMembers(List.copyOf(members)));
    }
  }

  /**
   * The target ids of a group's members that are provisioned, sorted; disabled ones too, as Entra
   * keeps them, unless the engine is told to remove them.
   */
  private List<String> members(SourceGroup g) {
    boolean dropDisabled = c.settings.removeDisabledFromGroups();
    TreeSet<String> out = new TreeSet<>();
    for (String m : g.members()) {
      ObjectState us = c.state.get(ObjectKind.USER, m);
      if (us != null && us.targetId() != null && !(dropDisabled && us.disabled())) {
        out.add(us.targetId());
      }
    }
    return List.copyOf(out);
  }

  void deleteOrHold(
      ObjectKind kind, String id, String targetId, String reason, Target.Recorder rec) {
    Cycle.Held h = new Cycle.Held(kind, id, targetId, Action.DELETE, reason);
    if (!c.hold(h)) {
      execute(h, rec);
    }
  }

  private void disableOrHold(String id, String targetId, String reason, Target.Recorder rec) {
    Cycle.Held h = new Cycle.Held(ObjectKind.USER, id, targetId, Action.DISABLE, reason);
    if (!c.hold(h)) {
      execute(h, rec);
    }
  }

  /** Carries out a disable or delete that was held back (or need not be). */
  void execute(Cycle.Held h, Target.Recorder rec) {
    try {
      c.attempted();
      if (h.action() == Action.DELETE) {
        c.target.delete(h.kind(), h.targetId(), rec);
        c.state.remove(h.kind(), h.sourceId());
      } else {
        c.target.patch(ObjectKind.USER, h.targetId(), List.of(c.target.mode().active(false)), rec);
        ObjectState st = c.state.get(ObjectKind.USER, h.sourceId());
        if (st != null) {
          ObjectNode sent = st.sent();
          if (sent.has(ACTIVE)) {
            sent.put(ACTIVE, false);
          }
          c.state.put(ObjectKind.USER, h.sourceId(), st.withSent(sent).withDisabled(true));
        }
      }
      c.log(h.kind(), h.action(), status(), h.sourceId(), h.targetId(), h.reason(), null);
    } catch (RuntimeException e) {
      fail(h.kind(), h.sourceId(), h.targetId(), h.action(), e);
    }
  }

  private boolean escrowed(ObjectKind kind, String id, @Nullable ObjectState st) {
    if (st != null && st.inEscrow(c.now())) {
      c.log(
          kind,
          Action.OTHER,
          Status.SKIPPED,
          id,
          st.targetId(),
          "in escrow after " + st.failures() + " failure(s), next try at " + st.retryAt(),
          st.lastError());
      return true;
    }
    return false;
  }

  private void fail(
      ObjectKind kind, String id, @Nullable String targetId, Action action, RuntimeException e) {
    c.failed(e);
    ObjectState base = c.state.get(kind, id);
    if (base == null) {
      base = new ObjectState(targetId, ScimJson.object(), false, List.of(), 0, null, null);
    }
    int n = base.failures() + 1;
    String error = Failures.describe(e);
    c.state.put(kind, id, base.withFailure(c.now().plus(c.settings.escrow().delay(n)), error));
    c.log(
        kind,
        action,
        Status.FAILURE,
        id,
        targetId,
        "failed (" + n + " in a row); in escrow for " + c.settings.escrow().delay(n),
        error);
  }

  private Status status() {
    return c.target.dryRun() ? Status.SKIPPED : Status.SUCCESS;
  }

  private List<String> schemas(ObjectKind kind) {
    return kind == ObjectKind.USER
        ? List.of(ScimUrns.CORE_USER)
        : c.target.mode().groupSchemas(ScimUrns.CORE_GROUP);
  }

  private static String describe(List<WireMode.Change> changes) {
    if (changes.isEmpty()) {
      return "no attribute changed";
    }
    List<String> names = new ArrayList<>();
    for (WireMode.Change ch : changes) {
      names.add(ch.path().text());
    }
    return "changed " + String.join(", ", names);
  }
}
