package io.scimworks.server.spi;

import io.scimworks.core.json.ScimJson;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * A resource as a repository holds it: its id, its version, its attributes, and (from a repository
 * that delivers them) the groups listing it.
 *
 * <p>A repository that keeps resources as JSON text can hand the text over as it is ({@link
 * #ofJson}): the attributes are then parsed only when someone asks for them ({@link #resource()}),
 * and the server writes the parts of the text a response returns unchanged without parsing them.
 * Immutable; equal when id, version, attributes and groups are.
 */
public final class StoredResource {
  private final String id;
  private final String version;
  private final byte @Nullable [] json;
  private final @Nullable List<Membership> groups;
  private volatile @Nullable ObjectNode resource;

  /**
   * Creates the stored resource, its groups delivered with it.
   *
   * @param id the resource's id, chosen by the repository, unique within its type and tenant; not
   *     null
   * @param version an opaque version that changes with every write; the server derives weak ETags
   *     from it; not null
   * @param resource the resource's attributes as the server handed them over, including {@code
   *     meta.created} and {@code meta.lastModified}; the server sets {@code id} and the rest of
   *     {@code meta} when it answers; not null, and not modified afterwards by anyone
   * @param groups the groups listing this resource among their members, delivered with it by a
   *     repository that can ({@link Repository#withGroups}), in the order of their ids; {@code
   *     null} (what every other repository gives) when the server is to look them up itself
   * @throws NullPointerException when {@code id}, {@code version} or {@code resource} is null
   */
  public StoredResource(
      String id, String version, ObjectNode resource, @Nullable List<Membership> groups) {
    this(id, version, null, Objects.requireNonNull(resource, "resource"), groups);
  }

  /**
   * Creates the stored resource without its groups (the server looks them up when it needs them).
   *
   * @param id the resource's id; not null
   * @param version the version, as the ETag carries it; not null
   * @param resource the stored attributes; not null
   * @throws NullPointerException when a part is null
   */
  public StoredResource(String id, String version, ObjectNode resource) {
    this(id, version, resource, null);
  }

  private StoredResource(
      String id,
      String version,
      byte @Nullable [] json,
      @Nullable ObjectNode resource,
      @Nullable List<Membership> groups) {
    this.id = Objects.requireNonNull(id, "id");
    this.version = Objects.requireNonNull(version, "version");
    this.json = json;
    this.resource = resource;
    this.groups = groups == null ? null : List.copyOf(groups);
  }

  /**
   * A stored resource whose attributes are the JSON text a repository keeps: parsed on first use of
   * {@link #resource()}, and written to responses from the text itself where a response returns a
   * member unchanged.
   *
   * @param id the resource's id; not null
   * @param version the version, as the ETag carries it; not null
   * @param json the attributes the constructor's {@code resource} would hold (including {@code
   *     meta.created} and {@code meta.lastModified}), as one JSON object in UTF-8 written by a JSON
   *     encoder: the server copies members of it into responses as they are (escapes and number
   *     forms included, so compact text gives compact responses, and members copied whole are not
   *     checked again: hand over only text a JSON encoder wrote); the caller hands the array over
   *     and must not modify it afterwards
   * @param groups the groups listing it, or {@code null} when not delivered
   * @return the stored resource
   * @throws NullPointerException when {@code id}, {@code version} or {@code json} is null
   */
  public static StoredResource ofJson(
      String id, String version, byte[] json, @Nullable List<Membership> groups) {
    return new StoredResource(id, version, Objects.requireNonNull(json, "json"), null, groups);
  }

  /**
   * The resource's id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The resource's version.
   *
   * @return the version, as the ETag carries it
   */
  public String version() {
    return version;
  }

  /**
   * The resource's attributes, parsed from its JSON text on first use when it was created {@link
   * #ofJson from text}. Callers must not modify it.
   *
   * @return the attributes
   * @throws io.scimworks.core.ScimException when the JSON text a repository handed over is not a
   *     JSON object
   */
  public ObjectNode resource() {
    ObjectNode r = resource;
    if (r == null) {
      r = ScimJson.readObject(Objects.requireNonNull(json));
      resource = r;
    }
    return r;
  }

  /**
   * The JSON text this resource was created from ({@link #ofJson}), for writers that copy it; the
   * array is shared and must not be modified.
   *
   * @return the UTF-8 text of one JSON object, or {@code null} when the resource was created from a
   *     tree
   */
  public byte @Nullable [] json() {
    return json;
  }

  /**
   * The groups listing this resource, when its repository delivered them.
   *
   * @return the memberships in the order of the groups' ids, or {@code null} when not delivered
   */
  public @Nullable List<Membership> groups() {
    return groups;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof StoredResource)) {
      return false;
    }
    StoredResource other = (StoredResource) o;
    return id.equals(other.id)
        && version.equals(other.version)
        && (json != null && other.json != null
            ? Arrays.equals(json, other.json) || resource().equals(other.resource())
            : resource().equals(other.resource()))
        && Objects.equals(groups, other.groups);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, version, resource(), groups);
  }

  @Override
  public String toString() {
    return "StoredResource[id="
        + id
        + ", version="
        + version
        + ", resource="
        + resource()
        + ", groups="
        + groups
        + "]";
  }
}
