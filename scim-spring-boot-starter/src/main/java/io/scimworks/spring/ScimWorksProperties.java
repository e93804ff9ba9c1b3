package io.scimworks.spring;

import io.scimworks.server.ServerOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code scimworks.*} properties of the auto-configured SCIM endpoint. Limits left unset keep
 * the library's defaults ({@link ServerOptions#defaults()}).
 *
 * <pre>
 * scimworks.base-path=/scim/v2
 * scimworks.tokens=${SCIM_TOKEN}          # several, comma-separated, during a rotation
 * scimworks.max-results=500
 * scimworks.bulk.max-operations=100
 * </pre>
 */
@ConfigurationProperties(prefix = "scimworks")
public class ScimWorksProperties {

  private static final ServerOptions DEFAULTS = ServerOptions.defaults();

  /** Whether to serve a SCIM endpoint at all. */
  private boolean enabled = true;

  /** The path the SCIM endpoint is mounted at, below the servlet context path. */
  private String basePath = "/scim/v2";

  /**
   * Bearer tokens accepted on the SCIM endpoint; give several to rotate one without downtime.
   * Ignored when the application declares its own Authenticator bean. Never logged.
   */
  private List<String> tokens = new ArrayList<>();

  /** Who authenticates SCIM requests: SCIMworks' own bearer tokens, or Spring Security. */
  private Authentication authentication = Authentication.SCIMWORKS;

  /**
   * Serve Users and Groups from in-memory repositories when the application declares none; data is
   * lost on restart (demos and tests).
   */
  private boolean inMemory = false;

  /** Page size when a query names no count; unset, the library's default capped at max-results. */
  private @Nullable Integer defaultCount;

  /** The largest page a query may ask for; larger counts are capped. */
  private int maxResults = DEFAULTS.maxCount();

  /** The largest request body accepted, in bytes (413 beyond). */
  private long maxRequestBytes = DEFAULTS.maxRequestBytes();

  /** Requests served at once; 503 with Retry-After beyond. */
  private int maxRequestsInFlight = DEFAULTS.maxRequestsInFlight();

  /** The longest filter accepted, in characters. */
  private int maxFilterLength = DEFAULTS.maxFilterLength();

  /** How long an RFC 9865 paging cursor stays valid. */
  private Duration cursorTimeToLive = DEFAULTS.cursorTimeToLive();

  /** Whether /ServiceProviderConfig, /ResourceTypes and /Schemas are served without a token. */
  private boolean anonymousDiscovery = DEFAULTS.anonymousDiscovery();

  /**
   * The URL identity providers reach the SCIM endpoint at, e.g. https://app.example.com/scim/v2;
   * when set, Location and meta.location are built from it and never from the request's Host.
   */
  private @Nullable String publicBaseUrl;

  /**
   * Believe X-Forwarded-Proto and X-Forwarded-Host when building URLs; only behind a proxy that
   * sets them and strips clients' own. Ignored when public-base-url is set.
   */
  private boolean trustForwardedHeaders = false;

  /** Limits of /Bulk. */
  private final Bulk bulk = new Bulk();

  /** How SCIM requests are authenticated. */
  public enum Authentication {
    /** Bearer tokens from {@code scimworks.tokens}, or the application's Authenticator bean. */
    SCIMWORKS,
    /** Spring Security authenticates; SCIMworks takes the caller from its security context. */
    SPRING_SECURITY
  }

  /** Limits of {@code /Bulk}. */
  public static class Bulk {
    /** Operations per bulk request, advertised in /ServiceProviderConfig. */
    private int maxOperations = DEFAULTS.maxBulkOperations();

    /** Bytes per bulk request, advertised in /ServiceProviderConfig. */
    private long maxPayloadBytes = DEFAULTS.maxBulkPayloadBytes();

    /** {@return the operations a bulk request may hold (413 beyond)} */
    public int getMaxOperations() {
      return maxOperations;
    }

    /**
     * Sets the operations a bulk request may hold.
     *
     * @param maxOperations a positive count; checked by {@link #toServerOptions()}
     */
    public void setMaxOperations(int maxOperations) {
      this.maxOperations = maxOperations;
    }

    /** {@return the largest bulk request body in bytes (413 beyond)} */
    public long getMaxPayloadBytes() {
      return maxPayloadBytes;
    }

    /**
     * Sets the largest bulk request body.
     *
     * @param maxPayloadBytes a positive number of bytes; checked by {@link #toServerOptions()}
     */
    public void setMaxPayloadBytes(long maxPayloadBytes) {
      this.maxPayloadBytes = maxPayloadBytes;
    }
  }

  /**
   * These properties as server options.
   *
   * @return the options, with the library's defaults for everything these properties leave out
   * @throws ScimConfigurationException when a limit is not positive or the default page is larger
   *     than the largest
   */
  public ServerOptions toServerOptions() {
    int pageSize =
        defaultCount != null ? defaultCount : Math.min(DEFAULTS.defaultCount(), maxResults);
    try {
      return options(pageSize);
    } catch (IllegalArgumentException e) {
      throw new ScimConfigurationException(
          "Invalid scimworks.* property: " + e.getMessage() + ".",
          "Give every scimworks limit a positive value, scimworks.default-count no more than "
              + "scimworks.max-results, and scimworks.public-base-url an http(s) URL.");
    }
  }

  private ServerOptions options(int pageSize) {
    return DEFAULTS.toBuilder()
        .defaultCount(pageSize)
        .maxCount(maxResults)
        .maxRequestBytes(maxRequestBytes)
        .maxRequestsInFlight(maxRequestsInFlight)
        .maxFilterLength(maxFilterLength)
        .cursorTimeToLive(cursorTimeToLive)
        .anonymousDiscovery(anonymousDiscovery)
        .maxBulkOperations(bulk.maxOperations)
        .maxBulkPayloadBytes(bulk.maxPayloadBytes)
        .publicBaseUrl(publicBaseUrl)
        .trustForwardedHeaders(trustForwardedHeaders)
        .build();
  }

  /** {@return whether to serve a SCIM endpoint (default {@code true})} */
  public boolean isEnabled() {
    return enabled;
  }

  /**
   * Turns the SCIM endpoint on or off.
   *
   * @param enabled {@code false} to serve nothing, as if the starter were absent
   */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** {@return the path the endpoint is mounted at, below the servlet context path} */
  public String getBasePath() {
    return basePath;
  }

  /**
   * Sets the path the endpoint is mounted at.
   *
   * @param basePath a path starting with {@code /}, such as {@code /scim/v2}
   */
  public void setBasePath(String basePath) {
    this.basePath = basePath;
  }

  /** {@return the accepted bearer tokens, empty when none are configured} */
  public List<String> getTokens() {
    return tokens;
  }

  /**
   * Sets the accepted bearer tokens.
   *
   * @param tokens the tokens, copied; several during a rotation
   */
  public void setTokens(List<String> tokens) {
    this.tokens = new ArrayList<>(tokens);
  }

  /** {@return who authenticates SCIM requests (default {@link Authentication#SCIMWORKS})} */
  public Authentication getAuthentication() {
    return authentication;
  }

  /**
   * Sets who authenticates SCIM requests.
   *
   * @param authentication SCIMworks' tokens, or Spring Security's context
   */
  public void setAuthentication(Authentication authentication) {
    this.authentication = authentication;
  }

  /**
   * {@return whether in-memory repositories serve Users and Groups when the application declares
   * none (default {@code false})}
   */
  public boolean isInMemory() {
    return inMemory;
  }

  /**
   * Asks for in-memory Users and Groups when the application declares no repository.
   *
   * @param inMemory {@code true} for repositories whose data is lost on restart
   */
  public void setInMemory(boolean inMemory) {
    this.inMemory = inMemory;
  }

  /**
   * {@return the page size when a query names no count, or {@code null} for the library's default
   * capped at max-results}
   */
  public @Nullable Integer getDefaultCount() {
    return defaultCount;
  }

  /**
   * Sets the page size when a query names no count.
   *
   * @param defaultCount a positive count no larger than max-results (checked by {@link
   *     #toServerOptions()}), or {@code null} for the default
   */
  public void setDefaultCount(@Nullable Integer defaultCount) {
    this.defaultCount = defaultCount;
  }

  /** {@return the largest page a query may ask for; larger counts are capped} */
  public int getMaxResults() {
    return maxResults;
  }

  /**
   * Sets the largest page a query may ask for.
   *
   * @param maxResults a positive count; checked by {@link #toServerOptions()}
   */
  public void setMaxResults(int maxResults) {
    this.maxResults = maxResults;
  }

  /** {@return the largest request body accepted, in bytes (413 beyond)} */
  public long getMaxRequestBytes() {
    return maxRequestBytes;
  }

  /**
   * Sets the largest request body accepted.
   *
   * @param maxRequestBytes a positive number of bytes; checked by {@link #toServerOptions()}
   */
  public void setMaxRequestBytes(long maxRequestBytes) {
    this.maxRequestBytes = maxRequestBytes;
  }

  /** {@return the requests served at once (503 with {@code Retry-After} beyond)} */
  public int getMaxRequestsInFlight() {
    return maxRequestsInFlight;
  }

  /**
   * Sets the requests served at once.
   *
   * @param maxRequestsInFlight a positive count; checked by {@link #toServerOptions()}
   */
  public void setMaxRequestsInFlight(int maxRequestsInFlight) {
    this.maxRequestsInFlight = maxRequestsInFlight;
  }

  /** {@return the longest filter accepted, in characters (400 {@code invalidFilter} beyond)} */
  public int getMaxFilterLength() {
    return maxFilterLength;
  }

  /**
   * Sets the longest filter accepted.
   *
   * @param maxFilterLength a positive number of characters; checked by {@link #toServerOptions()}
   */
  public void setMaxFilterLength(int maxFilterLength) {
    this.maxFilterLength = maxFilterLength;
  }

  /** {@return how long an RFC 9865 paging cursor stays valid} */
  public Duration getCursorTimeToLive() {
    return cursorTimeToLive;
  }

  /**
   * Sets how long an RFC 9865 paging cursor stays valid.
   *
   * @param cursorTimeToLive a positive duration, e.g. {@code 10m}; checked by {@link
   *     #toServerOptions()}
   */
  public void setCursorTimeToLive(Duration cursorTimeToLive) {
    this.cursorTimeToLive = cursorTimeToLive;
  }

  /**
   * {@return whether /ServiceProviderConfig, /ResourceTypes and /Schemas are served without a
   * token}
   */
  public boolean isAnonymousDiscovery() {
    return anonymousDiscovery;
  }

  /**
   * Sets whether discovery is served without a token.
   *
   * @param anonymousDiscovery {@code true} to serve the three discovery endpoints to anyone
   */
  public void setAnonymousDiscovery(boolean anonymousDiscovery) {
    this.anonymousDiscovery = anonymousDiscovery;
  }

  /** {@return the public URL of the endpoint, or {@code null} to build URLs from each request} */
  public @Nullable String getPublicBaseUrl() {
    return publicBaseUrl;
  }

  /**
   * Sets the public URL of the endpoint, from which {@code Location} and {@code meta.location} are
   * built.
   *
   * @param publicBaseUrl an http(s) URL such as {@code https://app.example.com/scim/v2} (checked by
   *     {@link #toServerOptions()}), or {@code null} to use each request's {@code Host}
   */
  public void setPublicBaseUrl(@Nullable String publicBaseUrl) {
    this.publicBaseUrl = publicBaseUrl;
  }

  /** {@return whether {@code X-Forwarded-Proto} and {@code X-Forwarded-Host} are believed} */
  public boolean isTrustForwardedHeaders() {
    return trustForwardedHeaders;
  }

  /**
   * Sets whether {@code X-Forwarded-Proto} and {@code X-Forwarded-Host} are believed.
   *
   * @param trustForwardedHeaders {@code true} only behind a proxy that sets them and strips
   *     clients' own
   */
  public void setTrustForwardedHeaders(boolean trustForwardedHeaders) {
    this.trustForwardedHeaders = trustForwardedHeaders;
  }

  /** {@return the limits of /Bulk, set through {@code scimworks.bulk.*}} */
  public Bulk getBulk() {
    return bulk;
  }
}
