package io.scimworks.server.http;

import io.scimworks.server.ScimHandler;
import io.scimworks.server.ScimRequest;
import io.scimworks.server.ScimResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** Remembers every request it is given and answers with a configurable response. */
final class RecordingHandler implements ScimHandler {
  private final List<ScimRequest> requests = new CopyOnWriteArrayList<>();
  private final Function<ScimRequest, ScimResponse> answer;

  RecordingHandler(Function<ScimRequest, ScimResponse> answer) {
    this.answer = answer;
  }

  /** Answers {@code 200 {"ok":true}}. */
  static RecordingHandler ok() {
    return new RecordingHandler(r -> json(200, "{\"ok\":true}"));
  }

  static ScimResponse json(int status, String body) {
    return new ScimResponse(
        status,
        Map.of("Content-Type", ScimResponse.SCIM_JSON),
        body.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public ScimResponse handle(ScimRequest request) {
    requests.add(request);
    return answer.apply(request);
  }

  List<ScimRequest> requests() {
    return requests;
  }

  ScimRequest only() {
    if (requests.size() != 1) {
      throw new AssertionError("expected one request, got " + requests.size());
    }
    return requests.get(0);
  }
}
