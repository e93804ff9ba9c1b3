package io.scimworks.server.http;

import java.net.URI;

/** A binding serving a handler on a loopback port, for tests; closing it stops it. */
public interface RunningBinding extends AutoCloseable {
  /** The SCIM base URL, e.g. {@code http://127.0.0.1:port/scim/v2}, without a trailing slash. */
  URI base();

  /** The port listened on. */
  int port();

  /** The mount path as a client writes it, e.g. {@code /scim/v2}. */
  String mountPath();

  /** The absolute URL of {@code pathAndQuery} below the base ({@code /Users?count=1}). */
  default URI uri(String pathAndQuery) {
    return URI.create(base() + pathAndQuery);
  }

  @Override
  void close();
}
