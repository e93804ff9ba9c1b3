package io.scimworks.compliance.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * The resources a run created (paths below the base URL), deleted newest first when the run ends,
 * whether checks passed, failed or the JVM is being stopped.
 */
public final class Cleanup {
  private final Deque<String> created = new ConcurrentLinkedDeque<>();

  /** Remembers that {@code path} ({@code /Users/123}) was created. */
  public void created(String path) {
    created.push(path);
  }

  /** Forgets {@code path} (a check deleted it itself). */
  public void deleted(String path) {
    created.remove(path);
  }

  /** The paths still to delete, newest first, and forgets them. */
  public List<String> drain() {
    List<String> all = new ArrayList<>();
    String p;
    while ((p = created.poll()) != null) {
      all.add(p);
    }
    return Collections.unmodifiableList(all);
  }

  /** How many resources are still to delete. */
  public int pending() {
    return created.size();
  }
}
