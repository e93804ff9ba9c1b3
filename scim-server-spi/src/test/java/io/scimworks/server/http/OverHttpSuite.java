package io.scimworks.server.http;

import org.junit.jupiter.api.AfterEach;

/**
 * What the over-HTTP suites share: each test starts its server into {@link #sut}, and it is closed
 * after the test.
 */
abstract class OverHttpSuite {
  /** The server the running test started, if it got that far. */
  ServerUnderTest sut;

  @AfterEach
  void stop() {
    if (sut != null) {
      sut.close();
    }
  }
}
