package io.scimworks.client;

import io.scimworks.client.internal.HttpCall;
import io.scimworks.client.internal.HttpResult;
import io.scimworks.client.internal.ResourceCodec;
import io.scimworks.core.ScimException;
import io.scimworks.core.message.ListResponse;
import io.scimworks.core.resource.Group;
import io.scimworks.core.resource.ScimResource;
import io.scimworks.core.resource.User;
import java.net.URI;
import java.util.UUID;

/**
 * A client for one SCIM 2.0 service (RFC 7644). Thread-safe: build one per service and share it.
 *
 * <pre>{@code
 * ScimClient scim = ScimClient.builder()
 *     .baseUri("https://app.example.com/scim/v2")
 *     .bearerToken(secret)
 *     .build();
 * }</pre>
 *
 * <p>Every failure is a {@link io.scimworks.core.ScimException}: the service's error with its
 * status, {@code scimType} and detail; an {@link UnexpectedResponseException} when the answer is
 * not SCIM (an HTML page from a proxy, an empty 502, truncated or too deeply nested JSON, a
 * resource without {@code id}, paging that would never end), or a {@link ResponseTooLargeException}
 * when it is over {@link ScimClientBuilder#maxResponseBytes(long)}; a {@link
 * ScimTransportException} when no answer came. Nothing a service sends makes the client throw
 * anything else. Requests that are safe to repeat are retried as the {@link RetryPolicy} says.
 */
public final class ScimClient {
  private final Transport transport;
  private final Discovery discovery;
  private final ResourceEndpoint<User> users;
  private final ResourceEndpoint<Group> groups;
  private final int maxPatchOperations;

  ScimClient(TransportConfig config, boolean adaptive, int maxPatchOperations) {
    this.transport = new Transport(config);
    this.maxPatchOperations = maxPatchOperations;
    this.discovery = new Discovery(transport, adaptive);
    this.users = new ResourceEndpoint<>(this, "/Users", ResourceCodec.forClass(User.class));
    this.groups = new ResourceEndpoint<>(this, "/Groups", ResourceCodec.forClass(Group.class));
  }

  /** {@return a builder to configure a client; only its base URI is required} */
  public static ScimClientBuilder builder() {
    return new ScimClientBuilder();
  }

  /** {@return the service's base URI as configured} */
  public URI baseUri() {
    return transport.config().baseUri().uri();
  }

  /**
   * Users at {@code /Users}.
   *
   * <pre>{@code
   * User alice = scim.users().create(User.builder().userName("alice@contoso.com").build());
   * }</pre>
   *
   * @return the endpoint, one per client
   */
  public ResourceEndpoint<User> users() {
    return users;
  }

  /** {@return groups at {@code /Groups}; the endpoint is one per client} */
  public ResourceEndpoint<Group> groups() {
    return groups;
  }

  /**
   * Starts a bulk request (RFC 7644 §3.7), split to fit the service's advertised limits.
   *
   * <pre>{@code
   * BulkBuilder bulk = scim.bulk();
   * String alice = bulk.create(scim.users(), aliceUser);
   * bulk.create(scim.groups(), Group.builder().displayName("Ops")
   *     .members(List.of(Member.of(BulkBuilder.ref(alice)))).build());
   * BulkResult result = bulk.execute();
   * }</pre>
   *
   * @return a new, empty bulk; nothing is sent until {@link BulkBuilder#execute()}
   */
  public BulkBuilder bulk() {
    return new BulkBuilder(this);
  }

  /**
   * Generic, schema-driven resources at {@code path}, e.g. {@code resources("/Devices")}.
   *
   * <pre>{@code
   * ScimResource device = scim.resources("/Devices").get(id);
   * String serial = device.getString("serialNumber").orElseThrow();
   * }</pre>
   *
   * @param path the endpoint below the base URI, with or without its leading slash
   * @return the endpoint
   * @throws IllegalArgumentException if {@code path} names no endpoint ({@code ""} or {@code /})
   */
  public ResourceEndpoint<ScimResource> resources(String path) {
    return new ResourceEndpoint<>(this, path, ResourceCodec.scimResource());
  }

  /**
   * Resources at {@code path} mapped to {@code type}: {@link ScimResource}, Jackson's {@code
   * ObjectNode}, or any class Jackson can bind (attributes it does not know are ignored).
   *
   * <pre>{@code
   * record Device(String id, String serialNumber, List<String> schemas) {}
   * Device d = scim.resources("/Devices", Device.class).get(id);
   * }</pre>
   *
   * @param <T> the type resources are read as
   * @param path the endpoint below the base URI, with or without its leading slash
   * @param type the class to map resources to and from
   * @return the endpoint; a response that does not map to {@code type} fails with 400 {@code
   *     invalidSyntax}
   * @throws IllegalArgumentException if {@code path} names no endpoint ({@code ""} or {@code /})
   */
  public <T> ResourceEndpoint<T> resources(String path, Class<T> type) {
    return new ResourceEndpoint<>(this, path, ResourceCodec.forClass(type));
  }

  /**
   * Checks the base URI and the credentials the way Entra ID's "Test Connection" does: {@code GET
   * /Users?filter=userName eq "<random UUID>"} must answer 200 with an empty list.
   *
   * @throws ScimException the service's error, e.g. 401 for a bad token or 404 for a wrong URL; an
   *     {@link UnexpectedResponseException} when the answer is not an empty list response
   */
  public void testConnection() {
    String probe = UUID.randomUUID().toString();
    HttpResult r =
        transport.execute(
            HttpCall.of("GET", "/Users").query("filter", "userName eq \"" + probe + "\""));
    ListResponse list;
    try {
      list = ListResponse.fromJson(Bodies.object(r));
    } catch (UnexpectedResponseException e) {
      throw e;
    } catch (ScimException e) {
      throw Errors.unusableBody(r, "a body that is not a list response", e);
    }
    if (list.totalResults() != 0 || !list.resources().isEmpty()) {
      throw Errors.unusableBody(
          r, "matches for a random userName", new IllegalStateException(probe));
    }
  }

  /** {@return the service's self-description, and the capabilities the client adapts to} */
  public Discovery discovery() {
    return discovery;
  }

  Transport transport() {
    return transport;
  }

  /** The operations per PATCH request: as configured, else as the service advertises. */
  int maxPatchOperations(ServiceCapabilities capabilities) {
    return maxPatchOperations > 0 ? maxPatchOperations : capabilities.maxPatchOperations();
  }
}
