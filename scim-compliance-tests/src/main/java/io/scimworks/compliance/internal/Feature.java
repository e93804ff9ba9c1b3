package io.scimworks.compliance.internal;

import org.jspecify.annotations.Nullable;

/** Something a check needs the target to advertise; when it does not, the check is skipped. */
public enum Feature {
  /** A resource type with the core User schema. */
  USERS,
  /** A resource type with the core Group schema. */
  GROUPS,
  /** {@code patch.supported}. */
  PATCH,
  /** {@code bulk.supported}. */
  BULK,
  /** {@code filter.supported}. */
  FILTER,
  /** {@code sort.supported}. */
  SORT,
  /** {@code etag.supported}. */
  ETAG,
  /** An RFC 9865 {@code pagination} block with {@code cursor: true}. */
  CURSOR,
  /** The enterprise User extension on the User resource type. */
  ENTERPRISE;

  /** Why {@code target} lacks this feature, or {@code null} when it has it. */
  @Nullable String missingFrom(Target target) {
    return switch (this) {
      case USERS ->
          target.endpoint(Target.USER) == null ? "no resource type with the User schema" : null;
      case GROUPS ->
          target.endpoint(Target.GROUP) == null ? "no resource type with the Group schema" : null;
      case PATCH -> advertised(target, "patch");
      case BULK -> advertised(target, "bulk");
      case FILTER -> advertised(target, "filter");
      case SORT -> advertised(target, "sort");
      case ETAG -> advertised(target, "etag");
      case CURSOR ->
          target.cursorPaging() ? null : "ServiceProviderConfig advertises no cursor pagination";
      case ENTERPRISE ->
          target.extensions(Target.USER).stream()
                  .anyMatch(e -> e.equalsIgnoreCase(Target.ENTERPRISE))
              ? null
              : "the User resource type does not list the enterprise extension";
    };
  }

  private static @Nullable String advertised(Target target, String feature) {
    return target.supports(feature)
        ? null
        : "ServiceProviderConfig says " + feature + ".supported is not true";
  }
}
