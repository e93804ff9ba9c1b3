package io.scimworks.server.http.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MountedPathTest {
  @Test
  void aPlainServletPathIsCutOffAtASegmentBoundary() {
    assertThat(MountedPath.stripDecodedPrefix("/scim/v2/Users/1", "/scim/v2"))
        .isEqualTo("/Users/1");
    assertThat(MountedPath.stripDecodedPrefix("/scim/v2", "/scim/v2")).isEmpty();
    assertThat(MountedPath.stripDecodedPrefix("/scim/v2x/Users", "/scim/v2")).isNull();
  }

  @Test
  void anEncodedServletPathIsMatchedDecodedAndTheRestStaysEncoded() {
    assertThat(MountedPath.stripDecodedPrefix("/sc%69m/v2/Users/a%2Fb", "/scim/v2"))
        .isEqualTo("/Users/a%2Fb");
  }

  @Test
  void anEmptyServletPathKeepsEverything() {
    assertThat(MountedPath.stripDecodedPrefix("/Users/a%2Fb", "")).isEqualTo("/Users/a%2Fb");
  }
}
