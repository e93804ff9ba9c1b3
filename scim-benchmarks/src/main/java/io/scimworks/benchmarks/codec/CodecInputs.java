package io.scimworks.benchmarks.codec;

import io.scimworks.core.ScimUrns;
import io.scimworks.core.json.ScimJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.node.ObjectNode;

/** The request body both sides decode and encode: a realistic user as a client would POST it. */
final class CodecInputs {
  private CodecInputs() {}

  /**
   * The benchmark module's realistic user, without the server-maintained (read-only) {@code id},
   * {@code meta}, {@code groups} and {@code manager.displayName}, so that create validation keeps
   * every byte and both sides write the same JSON.
   */
  static final byte[] CREATE_BODY = createBody();

  private static byte[] createBody() {
    try (InputStream in = CodecInputs.class.getResourceAsStream("/user.json")) {
      ObjectNode user = ScimJson.readObject(in.readAllBytes());
      user.remove("id");
      user.remove("meta");
      user.remove("groups");
      ((ObjectNode) user.get(ScimUrns.ENTERPRISE_USER).get("manager")).remove("displayName");
      return ScimJson.writeBytes(user);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
