package io.scimworks.testing;

import io.scimworks.server.ScimHandler;
import io.scimworks.server.ScimRequest;
import io.scimworks.server.ScimResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The handler the HTTP binding calls: notes each request, then passes it on. */
final class RequestLog implements ScimHandler {
  private final ScimHandler next;
  private final List<String> requests = new CopyOnWriteArrayList<>();

  RequestLog(ScimHandler next) {
    this.next = next;
  }

  @Override
  public ScimResponse handle(ScimRequest request) {
    requests.add(
        request.method()
            + " "
            + request.path()
            + (request.rawQuery() == null ? "" : "?" + request.rawQuery()));
    return next.handle(request);
  }

  List<String> requests() {
    return List.copyOf(requests);
  }

  void clear() {
    requests.clear();
  }
}
