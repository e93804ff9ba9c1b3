package io.scimworks.spring.internal;

import io.scimworks.spring.ScimConfigurationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a {@link ScimConfigurationException} into Spring Boot's start-up failure report. */
public final class ScimFailureAnalyzer extends AbstractFailureAnalyzer<ScimConfigurationException> {

  /** Called by Spring Boot through {@code META-INF/spring.factories}. */
  public ScimFailureAnalyzer() {}

  @Override
  protected FailureAnalysis analyze(Throwable root, ScimConfigurationException cause) {
    return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
  }
}
