package io.scimworks.core.resource;

import io.scimworks.core.ScimUrns;
import io.scimworks.core.json.ScimJson;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * An immutable, typed view of a User (RFC 7643 §4.1), with the Enterprise User extension.
 *
 * <p>The view keeps the whole tree it was made from: {@code User.from(resource).toResource()}
 * equals {@code resource}, unknown and extension attributes included.
 *
 * <pre>{@code
 * User alice = User.builder()
 *     .userName("alice@contoso.com")
 *     .name(Name.of("Alice", "Smith"))
 *     .emails(List.of(Email.of("alice@contoso.com", "work").withPrimary(true)))
 *     .active(true)
 *     .build();
 * ScimResource generic = alice.toResource();
 * User back = User.from(generic);
 * }</pre>
 */
public final class User extends ResourceView {

  private User(ObjectNode json) {
    super(json);
  }

  /**
   * Starts a user whose {@code schemas} lists the core User schema.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    ObjectNode o = ScimJson.object();
    o.putArray("schemas").add(ScimUrns.CORE_USER);
    return new Builder(o);
  }

  /**
   * A builder starting from this user's content.
   *
   * @return a new builder holding this value's parts; changing it leaves this value unchanged
   */
  public Builder toBuilder() {
    return new Builder(tree().deepCopy());
  }

  /**
   * A view over a copy of {@code resource}.
   *
   * @param resource any resource; its tree is copied, not checked against the User schema
   * @return a new view
   */
  public static User from(ScimResource resource) {
    return new User(resource.json().deepCopy());
  }

  /**
   * Parses a user from JSON text.
   *
   * @param json the JSON text of one object, such as a request body
   * @return a view over the parsed tree; not checked against the User schema
   * @throws io.scimworks.core.ScimException 400 {@code invalidSyntax} if not a JSON object
   */
  public static User fromJson(String json) {
    return new User(ScimJson.readObject(json));
  }

  /**
   * {@code userName}.
   *
   * @return the value, or {@code null} when it is absent or not a simple value
   */
  public @Nullable String userName() {
    return Nodes.text(tree(), "userName");
  }

  /**
   * {@code name}.
   *
   * @return {@code name}, or empty when it is absent or not an object
   */
  public Optional<Name> name() {
    return Optional.ofNullable(Nodes.object(tree(), "name")).map(Name::fromJson);
  }

  /**
   * {@code displayName}.
   *
   * @return the value, or {@code null} when it is absent or not a simple value
   */
  public @Nullable String displayName() {
    return Nodes.text(tree(), "displayName");
  }

  /**
   * {@code nickName}.
   *
   * @return the value, or {@code null} when it is absent or not a simple value
   */
  public @Nullable String nickName() {
    return Nodes.text(tree(), "nickName");
  }

  /**
   * {@code profileUrl}.
   *
   * @return the value, or {@code null} when it is absent or not a simple value
   */
  public @Nullable String profileUrl() {
    return Nodes.text(tree(), "profileUrl");
  }

  /**
   * {@code title}.
   *
   * @return the value, or {@code null} when it is absent or not a simple value
   */
  public @Nullable String title() {
    return Nodes.text(tree(), "title");
  }

  /**
   * {@code userType}.
   *
   * @return the value, or {@code null} when it is absent or not a simple value
   */
  public @Nullable String userType() {
    return Nodes.text(tree(), "userType");
  }

  /**
   * {@code preferredLanguage}.
   *
   * @return the value, or {@code null} when it is absent or not a simple value
   */
  public @Nullable String preferredLanguage() {
    return Nodes.text(tree(), "preferredLanguage");
  }

  /**
   * {@code locale}.
   *
   * @return the value, or {@code null} when it is absent or not a simple value
   */
  public @Nullable String locale() {
    return Nodes.text(tree(), "locale");
  }

  /**
   * {@code timezone}.
   *
   * @return the value, or {@code null} when it is absent or not a simple value
   */
  public @Nullable String timezone() {
    return Nodes.text(tree(), "timezone");
  }

  /**
   * {@code active}; the strings {@code "True"}/{@code "False"} read as booleans.
   *
   * @return the value, or {@code null} when it is absent or not a boolean
   */
  public @Nullable Boolean active() {
    return Nodes.bool(tree(), "active");
  }

  /**
   * {@code password} (only present on requests; never returned by servers).
   *
   * @return the value, or {@code null} when it is absent or not a simple value
   */
  public @Nullable String password() {
    return Nodes.text(tree(), "password");
  }

  /**
   * {@code emails}.
   *
   * @return the elements in document order, {@code null} elements skipped; unmodifiable, empty when
   *     the attribute is absent or not an array
   */
  public List<Email> emails() {
    return Nodes.list(tree(), "emails", Email::fromJson);
  }

  /**
   * The primary email, else the first, if any.
   *
   * @return the email whose {@code primary} is true, else the first email, else empty
   */
  public Optional<Email> primaryEmail() {
    List<Email> all = emails();
    return all.stream().filter(Email::isPrimary).findFirst().or(() -> all.stream().findFirst());
  }

  /**
   * {@code phoneNumbers}.
   *
   * @return the elements in document order, {@code null} elements skipped; unmodifiable, empty when
   *     the attribute is absent or not an array
   */
  public List<PhoneNumber> phoneNumbers() {
    return Nodes.list(tree(), "phoneNumbers", PhoneNumber::fromJson);
  }

  /**
   * {@code ims}.
   *
   * @return the elements in document order, {@code null} elements skipped; unmodifiable, empty when
   *     the attribute is absent or not an array
   */
  public List<Im> ims() {
    return Nodes.list(tree(), "ims", Im::fromJson);
  }

  /**
   * {@code photos}.
   *
   * @return the elements in document order, {@code null} elements skipped; unmodifiable, empty when
   *     the attribute is absent or not an array
   */
  public List<Photo> photos() {
    return Nodes.list(tree(), "photos", Photo::fromJson);
  }

  /**
   * {@code addresses}.
   *
   * @return the elements in document order, {@code null} elements skipped; unmodifiable, empty when
   *     the attribute is absent or not an array
   */
  public List<Address> addresses() {
    return Nodes.list(tree(), "addresses", Address::fromJson);
  }

  /**
   * {@code groups} (read-only).
   *
   * @return the elements in document order, {@code null} elements skipped; unmodifiable, empty when
   *     the attribute is absent or not an array
   */
  public List<GroupRef> groups() {
    return Nodes.list(tree(), "groups", GroupRef::fromJson);
  }

  /**
   * {@code entitlements}.
   *
   * @return the elements in document order, {@code null} elements skipped; unmodifiable, empty when
   *     the attribute is absent or not an array
   */
  public List<Entitlement> entitlements() {
    return Nodes.list(tree(), "entitlements", Entitlement::fromJson);
  }

  /**
   * {@code roles}.
   *
   * @return the elements in document order, {@code null} elements skipped; unmodifiable, empty when
   *     the attribute is absent or not an array
   */
  public List<Role> roles() {
    return Nodes.list(tree(), "roles", Role::fromJson);
  }

  /**
   * {@code x509Certificates}.
   *
   * @return the elements in document order, {@code null} elements skipped; unmodifiable, empty when
   *     the attribute is absent or not an array
   */
  public List<X509Certificate> x509Certificates() {
    return Nodes.list(tree(), "x509Certificates", X509Certificate::fromJson);
  }

  /**
   * The Enterprise User extension, if present.
   *
   * @return the extension object under its URN, or empty when it is absent or not an object
   */
  public Optional<EnterpriseUser> enterpriseUser() {
    return Optional.ofNullable(Nodes.object(tree(), ScimUrns.ENTERPRISE_USER))
        .map(EnterpriseUser::fromJson);
  }

  /** Builds a {@link User}; setting {@code null} removes an attribute. */
  public static final class Builder extends ResourceViewBuilder<User, Builder> {
    private Builder(ObjectNode json) {
      super(json);
    }

    @Override
    protected User create(ObjectNode copy) {
      return new User(copy);
    }

    /**
     * Sets {@code userName}.
     *
     * @param v the new value, or {@code null} to remove the attribute
     * @return this builder
     */
    public Builder userName(@Nullable String v) {
      return text("userName", v);
    }

    /**
     * Sets {@code name}.
     *
     * @param v the new value, or {@code null} to remove the attribute
     * @return this builder
     */
    public Builder name(@Nullable Name v) {
      return node("name", v == null ? null : v.toJson());
    }

    /**
     * Sets {@code displayName}.
     *
     * @param v the new value, or {@code null} to remove the attribute
     * @return this builder
     */
    public Builder displayName(@Nullable String v) {
      return text("displayName", v);
    }

    /**
     * Sets {@code nickName}.
     *
     * @param v the new value, or {@code null} to remove the attribute
     * @return this builder
     */
    public Builder nickName(@Nullable String v) {
      return text("nickName", v);
    }

    /**
     * Sets {@code profileUrl}.
     *
     * @param v the new value, or {@code null} to remove the attribute
     * @return this builder
     */
    public Builder profileUrl(@Nullable String v) {
      return text("profileUrl", v);
    }

    /**
     * Sets {@code title}.
     *
     * @param v the new value, or {@code null} to remove the attribute
     * @return this builder
     */
    public Builder title(@Nullable String v) {
      return text("title", v);
    }

    /**
     * Sets {@code userType}.
     *
     * @param v the new value, or {@code null} to remove the attribute
     * @return this builder
     */
    public Builder userType(@Nullable String v) {
      return text("userType", v);
    }

    /**
     * Sets {@code preferredLanguage}.
     *
     * @param v the new value, or {@code null} to remove the attribute
     * @return this builder
     */
    public Builder preferredLanguage(@Nullable String v) {
      return text("preferredLanguage", v);
    }

    /**
     * Sets {@code locale}.
     *
     * @param v the new value, or {@code null} to remove the attribute
     * @return this builder
     */
    public Builder locale(@Nullable String v) {
      return text("locale", v);
    }

    /**
     * Sets {@code timezone}.
     *
     * @param v the new value, or {@code null} to remove the attribute
     * @return this builder
     */
    public Builder timezone(@Nullable String v) {
      return text("timezone", v);
    }

    /**
     * Sets {@code active}.
     *
     * @param v the new value, or {@code null} to remove the attribute
     * @return this builder
     */
    public Builder active(@Nullable Boolean v) {
      return bool("active", v);
    }

    /**
     * Sets {@code password}.
     *
     * @param v the new value, or {@code null} to remove the attribute
     * @return this builder
     */
    public Builder password(@Nullable String v) {
      return text("password", v);
    }

    /**
     * Sets {@code emails}.
     *
     * @param v the new value, or {@code null} to remove the attribute
     * @return this builder
     */
    public Builder emails(@Nullable List<Email> v) {
      return list("emails", v, Email::toJson);
    }

    /**
     * Sets {@code phoneNumbers}.
     *
     * @param v the new value, or {@code null} to remove the attribute
     * @return this builder
     */
    public Builder phoneNumbers(@Nullable List<PhoneNumber> v) {
      return list("phoneNumbers", v, PhoneNumber::toJson);
    }

    /**
     * Sets {@code ims}.
     *
     * @param v the new value, or {@code null} to remove the attribute
     * @return this builder
     */
    public Builder ims(@Nullable List<Im> v) {
      return list("ims", v, Im::toJson);
    }

    /**
     * Sets {@code photos}.
     *
     * @param v the new value, or {@code null} to remove the attribute
     * @return this builder
     */
    public Builder photos(@Nullable List<Photo> v) {
      return list("photos", v, Photo::toJson);
    }

    /**
     * Sets {@code addresses}.
     *
     * @param v the new value, or {@code null} to remove the attribute
     * @return this builder
     */
    public Builder addresses(@Nullable List<Address> v) {
      return list("addresses", v, Address::toJson);
    }

    /**
     * Sets {@code groups} (servers only; clients cannot write it).
     *
     * @param v the new value, or {@code null} to remove the attribute
     * @return this builder
     */
    public Builder groups(@Nullable List<GroupRef> v) {
      return list("groups", v, GroupRef::toJson);
    }

    /**
     * Sets {@code entitlements}.
     *
     * @param v the new value, or {@code null} to remove the attribute
     * @return this builder
     */
    public Builder entitlements(@Nullable List<Entitlement> v) {
      return list("entitlements", v, Entitlement::toJson);
    }

    /**
     * Sets {@code roles}.
     *
     * @param v the new value, or {@code null} to remove the attribute
     * @return this builder
     */
    public Builder roles(@Nullable List<Role> v) {
      return list("roles", v, Role::toJson);
    }

    /**
     * Sets {@code x509Certificates}.
     *
     * @param v the new value, or {@code null} to remove the attribute
     * @return this builder
     */
    public Builder x509Certificates(@Nullable List<X509Certificate> v) {
      return list("x509Certificates", v, X509Certificate::toJson);
    }

    /**
     * Sets the Enterprise User attributes (keeping other keys of the extension object) and lists
     * the extension in {@code schemas}; {@code null} removes the extension.
     *
     * @param v the new value, or {@code null} to remove the attribute
     * @return this builder
     */
    public Builder enterpriseUser(@Nullable EnterpriseUser v) {
      ScimResource r = ScimResource.of(tree());
      if (v == null) {
        Nodes.replace(tree(), ScimUrns.ENTERPRISE_USER, null);
        r.setSchemas(
            r.schemas().stream()
                .filter(s -> !s.equalsIgnoreCase(ScimUrns.ENTERPRISE_USER))
                .toList());
        return this;
      }
      v.writeInto(r.extensionOrCreate(ScimUrns.ENTERPRISE_USER));
      return this;
    }
  }
}
