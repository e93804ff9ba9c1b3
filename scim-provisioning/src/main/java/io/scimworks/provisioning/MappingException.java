package io.scimworks.provisioning;

/** A mapping file that cannot be used; the message names the line. */
public final class MappingException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The line (1-based) of the mapping file where the problem is. */
  private final int line;

  MappingException(int line, String message, Throwable cause) {
    super("line " + line + ": " + message, cause);
    this.line = line;
  }

  MappingException(int line, String message) {
    super("line " + line + ": " + message);
    this.line = line;
  }

  /**
   * The line of the mapping file where the problem is.
   *
   * @return the line, 1-based
   */
  public int line() {
    return line;
  }
}
