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

    /** Operations per bulk request. */
    public int getMaxOperations() {
      return maxOperations;
    }

    /** Sets the operations per bulk request. */
    public void setMaxOperations(int maxOperations) {
      this.maxOperations = maxOperations;
    }

    /** Bytes per bulk request. */
    public long getMaxPayloadBytes() {
      return maxPayloadBytes;
    }

    /** Sets the bytes per bulk request. */
    public void setMaxPayloadBytes(long maxPayloadBytes) {
      this.maxPayloadBytes = maxPayloadBytes;
    }
  }

  /**
   * These properties as server options.
   *
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

  /** Whether to serve a SCIM endpoint. */
  public boolean isEnabled() {
    return enabled;
  }

  /** Turns the SCIM endpoint on or off. */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** The path the endpoint is mounted at. */
  public String getBasePath() {
    return basePath;
  }

  /** Sets the path the endpoint is mounted at, e.g. {@code /scim/v2}. */
  public void setBasePath(String basePath) {
    this.basePath = basePath;
  }

  /** The accepted bearer tokens. */
  public List<String> getTokens() {
    return tokens;
  }

  /** Sets the accepted bearer tokens. */
  public void setTokens(List<String> tokens) {
    this.tokens = new ArrayList<>(tokens);
  }

  /** Who authenticates SCIM requests. */
  public Authentication getAuthentication() {
    return authentication;
  }

  /** Sets who authenticates SCIM requests. */
  public void setAuthentication(Authentication authentication) {
    this.authentication = authentication;
  }

  /** Whether in-memory repositories serve Users and Groups when the application declares none. */
  public boolean isInMemory() {
    return inMemory;
  }

  /** Asks for in-memory Users and Groups when the application declares no repository. */
  public void setInMemory(boolean inMemory) {
    this.inMemory = inMemory;
  }

  /** The default page size, or {@code null} for the library's default capped at max-results. */
  public @Nullable Integer getDefaultCount() {
    return defaultCount;
  }

  /** Sets the default page size. */
  public void setDefaultCount(@Nullable Integer defaultCount) {
    this.defaultCount = defaultCount;
  }

  /** The largest page. */
  public int getMaxResults() {
    return maxResults;
  }

  /** Sets the largest page. */
  public void setMaxResults(int maxResults) {
    this.maxResults = maxResults;
  }

  /** The largest request body in bytes. */
  public long getMaxRequestBytes() {
    return maxRequestBytes;
  }

  /** Sets the largest request body in bytes. */
  public void setMaxRequestBytes(long maxRequestBytes) {
    this.maxRequestBytes = maxRequestBytes;
  }

  /** Requests served at once. */
  public int getMaxRequestsInFlight() {
    return maxRequestsInFlight;
  }

  /** Sets the requests served at once. */
  public void setMaxRequestsInFlight(int maxRequestsInFlight) {
    this.maxRequestsInFlight = maxRequestsInFlight;
  }

  /** The longest filter accepted. */
  public int getMaxFilterLength() {
    return maxFilterLength;
  }

  /** Sets the longest filter accepted. */
  public void setMaxFilterLength(int maxFilterLength) {
    this.maxFilterLength = maxFilterLength;
  }

  /** How long a paging cursor stays valid. */
  public Duration getCursorTimeToLive() {
    return cursorTimeToLive;
  }

  /** Sets how long a paging cursor stays valid. */
  public void setCursorTimeToLive(Duration cursorTimeToLive) {
    this.cursorTimeToLive = cursorTimeToLive;
  }

  /** Whether discovery is served without a token. */
  public boolean isAnonymousDiscovery() {
    return anonymousDiscovery;
  }

  /** Sets whether discovery is served without a token. */
  public void setAnonymousDiscovery(boolean anonymousDiscovery) {
    this.anonymousDiscovery = anonymousDiscovery;
  }

  /** The public URL of the endpoint, or {@code null} to build URLs from each request. */
  public @Nullable String getPublicBaseUrl() {
    return publicBaseUrl;
  }

  /** Sets the public URL of the endpoint. */
  public void setPublicBaseUrl(@Nullable String publicBaseUrl) {
    this.publicBaseUrl = publicBaseUrl;
  }

  /** Whether X-Forwarded-* headers are believed. */
  public boolean isTrustForwardedHeaders() {
    return trustForwardedHeaders;
  }

  /** Sets whether X-Forwarded-* headers are believed. */
  public void setTrustForwardedHeaders(boolean trustForwardedHeaders) {
    this.trustForwardedHeaders = trustForwardedHeaders;
  }

  /** The limits of /Bulk. */
  public Bulk getBulk() {
    return bulk;
  }
}
