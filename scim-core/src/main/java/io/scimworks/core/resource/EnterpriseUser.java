package io.scimworks.core.resource;

import io.scimworks.core.json.ScimJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Enterprise User extension (RFC 7643 §4.3), stored under {@link
 * io.scimworks.core.ScimUrns#ENTERPRISE_USER}.
 *
 * <pre>{@code
 * User u = User.builder().userName("bjensen")
 *     .enterpriseUser(EnterpriseUser.builder().employeeNumber("701984")
 *         .manager(Manager.of("26118915")).build())
 *     .build();
 * }</pre>
 *
 * @param employeeNumber the employee number
 * @param costCenter the cost center
 * @param organization the organization
 * @param division the division
 * @param department the department
 * @param manager the manager
 */
public record EnterpriseUser(
    @Nullable String employeeNumber,
    @Nullable String costCenter,
    @Nullable String organization,
    @Nullable String division,
    @Nullable String department,
    @Nullable Manager manager) {

  /**
   * Starts an empty extension.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding these attributes, to derive a changed copy.
   *
   * @return a new builder holding this value's parts; changing it leaves this value unchanged
   */
  public Builder toBuilder() {
    return new Builder()
        .employeeNumber(employeeNumber)
        .costCenter(costCenter)
        .organization(organization)
        .division(division)
        .department(department)
        .manager(manager);
  }

  /**
   * Reads the extension object; the manager may be a bare id string (Entra).
   *
   * @param json the JSON object as received; members are matched case-insensitively, unknown ones
   *     are ignored and a non-object reads as all parts absent
   * @return the value, with {@code null} for each part absent or of the wrong JSON type
   */
  public static EnterpriseUser fromJson(JsonNode json) {
    JsonNode m = json instanceof ObjectNode o ? ScimJson.getIgnoreCase(o, "manager") : null;
    return new EnterpriseUser(
        Nodes.text(json, "employeeNumber"),
        Nodes.text(json, "costCenter"),
        Nodes.text(json, "organization"),
        Nodes.text(json, "division"),
        Nodes.text(json, "department"),
        m == null || m.isNull() ? null : Manager.fromJson(m));
  }

  /**
   * Writes the extension object, leaving out absent parts.
   *
   * @return a new JSON object holding the parts that are not null
   */
  public ObjectNode toJson() {
    ObjectNode o = ScimJson.object();
    writeInto(o);
    return o;
  }

  /** Writes these attributes into {@code ext}, replacing or removing them; keeps other keys. */
  void writeInto(ObjectNode ext) {
    Nodes.replace(ext, "employeeNumber", text(employeeNumber));
    Nodes.replace(ext, "costCenter", text(costCenter));
    Nodes.replace(ext, "organization", text(organization));
    Nodes.replace(ext, "division", text(division));
    Nodes.replace(ext, "department", text(department));
    Nodes.replace(ext, "manager", manager == null ? null : manager.toJson());
  }

  private static @Nullable JsonNode text(@Nullable String s) {
    return s == null ? null : ScimJson.nodes().stringNode(s);
  }

  /** Builds an {@link EnterpriseUser}. */
  public static final class Builder {
    private @Nullable String employeeNumber;
    private @Nullable String costCenter;
    private @Nullable String organization;
    private @Nullable String division;
    private @Nullable String department;
    private @Nullable Manager manager;

    private Builder() {}

    /**
     * Sets the employee number.
     *
     * @param v the new value, or {@code null} to remove the attribute
     * @return this builder
     */
    public Builder employeeNumber(@Nullable String v) {
      employeeNumber = v;
      return this;
    }

    /**
     * Sets the cost center.
     *
     * @param v the new value, or {@code null} to remove the attribute
     * @return this builder
     */
    public Builder costCenter(@Nullable String v) {
      costCenter = v;
      return this;
    }

    /**
     * Sets the organization.
     *
     * @param v the new value, or {@code null} to remove the attribute
     * @return this builder
     */
    public Builder organization(@Nullable String v) {
      organization = v;
      return this;
    }

    /**
     * Sets the division.
     *
     * @param v the new value, or {@code null} to remove the attribute
     * @return this builder
     */
    public Builder division(@Nullable String v) {
      division = v;
      return this;
    }

    /**
     * Sets the department.
     *
     * @param v the new value, or {@code null} to remove the attribute
     * @return this builder
     */
    public Builder department(@Nullable String v) {
      department = v;
      return this;
    }

    /**
     * Sets the manager.
     *
     * @param v the new value, or {@code null} to remove the attribute
     * @return this builder
     */
    public Builder manager(@Nullable Manager v) {
      manager = v;
      return this;
    }

    /**
     * Builds the extension.
     *
     * @return a new immutable {@link EnterpriseUser}
     */
    public EnterpriseUser build() {
      return new EnterpriseUser(
          employeeNumber, costCenter, organization, division, department, manager);
    }
  }
}
