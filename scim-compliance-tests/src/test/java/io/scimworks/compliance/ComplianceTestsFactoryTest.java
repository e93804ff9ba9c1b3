package io.scimworks.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Another project's build runs the catalogue through the JUnit 5 entry point. */
class ComplianceTestsFactoryTest {
  private static final Servers.Running SERVER = Servers.jdk();

  @AfterAll
  static void stop() {
    SERVER.close();
  }

  @TestFactory
  Stream<DynamicNode> discoveryChecksAsDynamicTests() {
    return ComplianceTests.of(
        ComplianceRun.builder().url(SERVER.url()).token(Servers.TOKEN).tags(Set.of(Tag.DISCOVERY)));
  }

  @Test
  void groupsOneDynamicTestPerCheckByTag() {
    List<DynamicNode> nodes =
        ComplianceTests.of(
                ComplianceRun.builder()
                    .url(SERVER.url())
                    .token(Servers.TOKEN)
                    .tags(Set.of(Tag.SECURITY, Tag.DISCOVERY)))
            .toList();
    assertThat(nodes).extracting(DynamicNode::getDisplayName).contains("discovery");
    long tests = nodes.stream().mapToLong(n -> ((DynamicContainer) n).getChildren().count()).sum();
    assertThat(tests).isGreaterThanOrEqualTo(10);
  }
}
