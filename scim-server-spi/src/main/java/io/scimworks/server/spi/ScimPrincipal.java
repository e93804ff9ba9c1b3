package io.scimworks.server.spi;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who is calling, as an {@link Authenticator} established it.
 *
 * @param name a name for audit logs (never the secret itself)
 * @param tenant the tenant this caller is confined to, or {@code null} when any tenant the path
 *     names is allowed
 * @param userId the id of the User resource this caller is, served at {@code /Me}; {@code null}
 *     when the caller is not a user (then {@code /Me} answers 501)
 */
public record ScimPrincipal(String name, @Nullable String tenant, @Nullable String userId) {

  /**
   * Creates the principal.
   *
   * @param name a name for audit logs; not null
   * @param tenant the tenant the caller is confined to, or {@code null}
   * @param userId the caller's User id, or {@code null}
   * @throws NullPointerException when {@code name} is null
   */
  public ScimPrincipal {
    Objects.requireNonNull(name, "name");
  }

  /** The caller of a server that requires no authentication. */
  public static final ScimPrincipal ANONYMOUS = new ScimPrincipal("anonymous", null, null);

  /**
   * A principal confined to no tenant and mapped to no user.
   *
   * @param name a name for audit logs; not null
   * @return the principal
   */
  public static ScimPrincipal named(String name) {
    return new ScimPrincipal(name, null, null);
  }
}
