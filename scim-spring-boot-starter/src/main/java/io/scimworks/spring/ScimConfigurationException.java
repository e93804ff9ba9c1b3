package io.scimworks.spring;

/**
 * The application's beans or {@code scimworks.*} properties do not describe a SCIM endpoint the
 * starter can build. Thrown at start-up; Spring Boot reports {@link #getMessage()} as the problem
 * and {@link #action()} as what to do.
 */
public class ScimConfigurationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What the developer should declare or set to fix the problem. */
  private final String action;

  /**
   * Creates the exception Spring Boot's failure analysis reports.
   *
   * @param problem what is wrong, e.g. which bean is missing
   * @param action what the developer should declare or set to fix it
   */
  public ScimConfigurationException(String problem, String action) {
    super(problem);
    this.action = action;
  }

  /** {@return what the developer should declare or set to fix the problem} */
  public String action() {
    return action;
  }
}
