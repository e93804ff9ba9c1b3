package io.scimworks.provisioning;

/** Checks shared by the source records. */
final class Sources {
  static final int MAX_ID_LENGTH = 1024;

  private Sources() {}

  static void requireId(String id) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a source object needs a non-blank id");
    }
    if (id.length() > MAX_ID_LENGTH) {
      throw new IllegalArgumentException(
          "a source id is at most "
              + MAX_ID_LENGTH
              + " characters: "
              + id.substring(0, 40)
              + "...");
    }
  }
}
