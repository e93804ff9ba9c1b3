package io.scimworks.compliance;

import de.captaingoldfish.scim.sdk.common.constants.enums.SortOrder;
import de.captaingoldfish.scim.sdk.common.exceptions.ConflictException;
import de.captaingoldfish.scim.sdk.common.exceptions.ResourceNotFoundException;
import de.captaingoldfish.scim.sdk.common.resources.Group;
import de.captaingoldfish.scim.sdk.common.resources.ResourceNode;
import de.captaingoldfish.scim.sdk.common.resources.User;
import de.captaingoldfish.scim.sdk.common.resources.complex.Meta;
import de.captaingoldfish.scim.sdk.common.schemas.SchemaAttribute;
import de.captaingoldfish.scim.sdk.common.utils.JsonHelper;
import de.captaingoldfish.scim.sdk.server.endpoints.Context;
import de.captaingoldfish.scim.sdk.server.endpoints.ResourceHandler;
import de.captaingoldfish.scim.sdk.server.filter.FilterNode;
import de.captaingoldfish.scim.sdk.server.response.PartialListResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The simplest in-memory {@link ResourceHandler} a SCIM-SDK user writes: a map by id, the
 * uniqueness the schema declares (compared case-insensitively, as the attribute is not caseExact),
 * and the SDK's own filtering, sorting and paging ({@code autoFiltering}, {@code autoSorting}) over
 * the full list. Anything the suite finds is then the library's doing.
 */
abstract class ScimSdkStore<T extends ResourceNode> extends ResourceHandler<T> {
  private final String resourceType;
  private final Function<T, Optional<String>> uniqueKey;
  private final Class<T> type;
  private final Map<String, T> byId = new ConcurrentHashMap<>();
  private Consumer<String> onDelete = id -> {};

  private ScimSdkStore(
      Class<T> type, String resourceType, Function<T, Optional<String>> uniqueKey) {
    this.type = type;
    this.resourceType = resourceType;
    this.uniqueKey = uniqueKey;
  }

  /** Runs after a resource is deleted (a deleted user leaves its groups). */
  void onDelete(Consumer<String> hook) {
    this.onDelete = hook;
  }

  /** Copies of every stored resource. */
  List<T> all() {
    return byId.values().stream().map(this::copy).toList();
  }

  /** Replaces a stored resource without going through the SDK (a deleted user leaving groups). */
  void put(T resource) {
    byId.put(resource.getId().orElseThrow(), copy(resource));
  }

  /**
   * A copy, as a database would hand out: the SDK changes the objects it is given (PATCH works on
   * the resource it read), which must not touch the store before {@link #updateResource}.
   */
  private T copy(T resource) {
    return JsonHelper.copyResourceToObject(resource.deepCopy(), type);
  }

  @Override
  public synchronized T createResource(T resource, Context context) {
    checkUnique(resource, null);
    String id = UUID.randomUUID().toString();
    resource.setId(id);
    Instant now = Instant.now();
    resource.remove("meta"); // the SDK refuses to replace a meta the client sent
    resource.setMeta(
        Meta.builder()
            .resourceType(resourceType)
            .created(now)
            .lastModified(now)
            .location(context.getResourceReferenceUrl(id))
            .build());
    byId.put(id, copy(resource));
    return resource;
  }

  @Override
  public T getResource(
      String id,
      List<SchemaAttribute> attributes,
      List<SchemaAttribute> excludedAttributes,
      Context context) {
    T resource = byId.get(id);
    return resource == null ? null : copy(resource);
  }

  @Override
  public PartialListResponse<T> listResources(
      long startIndex,
      int count,
      FilterNode filter,
      SchemaAttribute sortBy,
      SortOrder sortOrder,
      List<SchemaAttribute> attributes,
      List<SchemaAttribute> excludedAttributes,
      Context context) {
    List<T> all = all();
    return PartialListResponse.<T>builder().resources(all).totalResults(all.size()).build();
  }

  @Override
  public synchronized T updateResource(T resource, Context context) {
    String id = resource.getId().orElseThrow();
    T old = byId.get(id);
    if (old == null) {
      throw new ResourceNotFoundException("no " + resourceType + " " + id);
    }
    checkUnique(resource, id);
    Meta meta = old.getMeta().orElseThrow();
    resource.remove("meta");
    resource.setMeta(
        Meta.builder()
            .resourceType(resourceType)
            .created(meta.getCreated().orElseThrow())
            .lastModified(Instant.now())
            .location(context.getResourceReferenceUrl(id))
            .build());
    byId.put(id, copy(resource));
    return resource;
  }

  @Override
  public synchronized void deleteResource(String id, Context context) {
    if (byId.remove(id) == null) {
      throw new ResourceNotFoundException("no " + resourceType + " " + id);
    }
    onDelete.accept(id);
  }

  private void checkUnique(T resource, String self) {
    Optional<String> key = uniqueKey.apply(resource);
    if (key.isEmpty()) {
      return;
    }
    boolean taken =
        byId.values().stream()
            .filter(other -> !other.getId().orElse("").equals(self))
            .anyMatch(other -> uniqueKey.apply(other).orElse("").equalsIgnoreCase(key.get()));
    if (taken) {
      throw new ConflictException(key.get() + " is already taken", "uniqueness");
    }
  }

  /** Users, unique by {@code userName}. */
  static final class Users extends ScimSdkStore<User> {
    Users() {
      super(User.class, "User", User::getUserName);
    }
  }

  /** Groups, with no uniqueness beyond {@code id} (as the SDK's Group schema declares). */
  static final class Groups extends ScimSdkStore<Group> {
    Groups() {
      super(Group.class, "Group", group -> Optional.empty());
    }
  }
}
