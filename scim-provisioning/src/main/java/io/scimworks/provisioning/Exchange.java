package io.scimworks.provisioning;

import org.jspecify.annotations.Nullable;

/**
 * One request the engine sent and the answer it got, as provision-on-demand shows them.
 *
 * @param method the HTTP method
 * @param path the path below the base URI, with its query
 * @param request the request body, or {@code null}
 * @param status the HTTP status of the answer; 0 when nothing was sent (a dry run) or no answer
 *     came
 * @param response the answer's body or error, or {@code null}
 */
public record Exchange(
    String method, String path, @Nullable String request, int status, @Nullable String response) {}
