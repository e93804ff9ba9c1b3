package io.scimworks.core.validation;

import org.jspecify.annotations.Nullable;

/**
 * Where a value sits in a resource ({@code emails[1].primary}), built as a tiny linked list and
 * rendered only when an error names it, so that valid input pays no string building.
 */
final class Label {
  private final @Nullable Label parent;
  private final @Nullable String name;
  private final char separator;
  private final int index;

  private Label(@Nullable Label parent, @Nullable String name, char separator, int index) {
    this.parent = parent;
    this.name = name;
    this.separator = separator;
    this.index = index;
  }

  /** A top-level attribute or extension URN. */
  static Label of(String name) {
    return new Label(null, name, '\0', -1);
  }

  /** {@code parent.name} (or {@code parent:name} under an extension URN). */
  static Label child(@Nullable Label parent, char separator, String name) {
    return parent == null ? of(name) : new Label(parent, name, separator, -1);
  }

  /** {@code parent[index]}. */
  static Label element(Label parent, int index) {
    return new Label(parent, null, '\0', index);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    append(sb);
    return sb.toString();
  }

  private void append(StringBuilder sb) {
    if (parent != null) {
      parent.append(sb);
    }
    if (name == null) {
      sb.append('[').append(index).append(']');
    } else {
      if (parent != null) {
        sb.append(separator);
      }
      sb.append(name);
    }
  }
}
