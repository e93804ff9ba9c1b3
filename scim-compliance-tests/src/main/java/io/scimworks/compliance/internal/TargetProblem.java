package io.scimworks.compliance.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import javax.net.ssl.SSLException;

/** The target could not be reached at all: a one-line reason fit for a person. */
public final class TargetProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A problem described by {@code message}. */
  public TargetProblem(String message) {
    super(message, null, false, false);
  }

  /** Describes why talking to {@code url} failed. */
  static TargetProblem from(String url, IOException e) {
    String host = hostOf(url);
    Throwable cause = e;
    while (cause.getCause() != null && !(cause instanceof SSLException)) {
      cause = cause.getCause();
    }
    if (e instanceof HttpConnectTimeoutException) {
      return new TargetProblem("Cannot connect to " + host + ": the connection timed out");
    }
    if (e instanceof HttpTimeoutException) {
      return new TargetProblem(url + " did not answer in time");
    }
    if (cause instanceof SSLException || e instanceof SSLException) {
      return new TargetProblem(
          "TLS handshake with " + host + " failed: " + oneLine(cause.getMessage()));
    }
    if (cause instanceof UnknownHostException) {
      return new TargetProblem("Unknown host " + host);
    }
    if (e instanceof ConnectException || cause instanceof ConnectException) {
      return new TargetProblem("Cannot connect to " + host + ": connection refused");
    }
    return new TargetProblem(
        "No response from "
            + url
            + ": "
            + oneLine(e.getMessage() == null ? e.toString() : e.getMessage()));
  }

  private static String hostOf(String url) {
    try {
      java.net.URI u = java.net.URI.create(url);
      return u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort());
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  private static String oneLine(@org.jspecify.annotations.Nullable String s) {
    return s == null ? "no details" : s.replaceAll("\\s+", " ");
  }
}
