package io.scimworks.client;

import io.scimworks.client.internal.HttpCall;
import io.scimworks.client.internal.HttpResult;
import io.scimworks.core.ScimException;
import io.scimworks.core.json.ScimJson;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.Schema;
import io.scimworks.core.schema.Schemas;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The service's self-description (RFC 7644 §4): {@code /ServiceProviderConfig}, {@code
 * /ResourceTypes}, {@code /Schemas}. Get it from {@link ScimClient#discovery()}.
 *
 * <pre>{@code
 * ServiceCapabilities caps = scim.discovery().capabilities();
 * if (caps.bulk().supported()) { ... }
 * List<ResourceType> types = scim.discovery().resourceTypes();
 * }</pre>
 *
 * <p>The capabilities are fetched once, on first use, and kept; the client adapts to them (PUT when
 * PATCH is not supported, cursor or index paging, bulk splitting). {@link #refresh()} forgets them.
 */
public final class Discovery {
  private final Transport transport;
  private final boolean adaptive;
  private final AtomicReference<CompletableFuture<ServiceCapabilities>> cached =
      new AtomicReference<>();

  Discovery(Transport transport, boolean adaptive) {
    this.transport = transport;
    this.adaptive = adaptive;
  }

  /**
   * Reads {@code /ServiceProviderConfig} now, without caching.
   *
   * @return what the service advertises
   * @throws ScimException if the service fails to answer
   */
  public ServiceCapabilities serviceProviderConfig() {
    return Transport.await(fetchCapabilities());
  }

  /**
   * The capabilities the client adapts to: fetched once and kept. When the service cannot tell (no
   * {@code /ServiceProviderConfig}, an error) or discovery is switched off in the builder, these
   * are {@link ServiceCapabilities#assumed()}.
   *
   * @return the capabilities; never fails, as failures fall back to the assumed ones
   */
  public ServiceCapabilities capabilities() {
    return Transport.await(capabilitiesAsync());
  }

  /**
   * {@link #capabilities()} without waiting.
   *
   * @return the capabilities; the future never fails
   */
  public CompletableFuture<ServiceCapabilities> capabilitiesAsync() {
    if (!adaptive) {
      return CompletableFuture.completedFuture(ServiceCapabilities.assumed());
    }
    CompletableFuture<ServiceCapabilities> existing = cached.get();
    if (existing != null) {
      return existing;
    }
    CompletableFuture<ServiceCapabilities> mine = new CompletableFuture<>();
    if (!cached.compareAndSet(null, mine)) {
      return cached.get();
    }
    fetchCapabilities()
        .whenComplete(
            (caps, error) -> mine.complete(error == null ? caps : ServiceCapabilities.assumed()));
    return mine;
  }

  /** Forgets the kept capabilities; the next use fetches them again. */
  public void refresh() {
    cached.set(null);
  }

  /**
   * Reads {@code /ResourceTypes}.
   *
   * @return the resource types the service serves
   * @throws ScimException if the service fails to answer or its answer is not a list of resource
   *     types
   */
  public List<ResourceType> resourceTypes() {
    return Transport.await(
        transport
            .send(HttpCall.of("GET", "/ResourceTypes"))
            .thenApply(r -> list(r, Schemas::resourceTypeFromJson)));
  }

  /**
   * Reads {@code /Schemas}.
   *
   * @return the schemas the service advertises
   * @throws ScimException if the service fails to answer or its answer is not a list of schemas
   */
  public List<Schema> schemas() {
    return Transport.await(
        transport
            .send(HttpCall.of("GET", "/Schemas"))
            .thenApply(r -> list(r, json -> Schemas.fromJson(json))));
  }

  private CompletableFuture<ServiceCapabilities> fetchCapabilities() {
    return transport
        .send(HttpCall.of("GET", "/ServiceProviderConfig"))
        .thenApply(r -> ServiceCapabilities.fromJson(Bodies.object(r)));
  }

  /** The elements of a ListResponse, or of a bare JSON array as some services send. */
  private static <T> List<T> list(HttpResult r, Function<JsonNode, T> reader) {
    JsonNode body;
    try {
      body = ScimJson.read(r.body());
    } catch (ScimException e) {
      throw Errors.unusableBody(r, "a body that is not JSON", e);
    }
    JsonNode items = body instanceof ObjectNode o ? ScimJson.getIgnoreCase(o, "Resources") : body;
    List<T> out = new ArrayList<>();
    if (items == null || !items.isArray()) {
      throw Errors.unusableBody(
          r, "neither a list response nor an array", new IllegalStateException());
    }
    for (JsonNode item : items) {
      try {
        out.add(reader.apply(item));
      } catch (RuntimeException e) {
        // The reader's complaint is about what the service sent, not about our request.
        throw Errors.unusableBody(r, "an entry the client cannot read (" + e.getMessage() + ")", e);
      }
    }
    return out;
  }
}
