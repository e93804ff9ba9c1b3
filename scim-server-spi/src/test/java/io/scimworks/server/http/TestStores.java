package io.scimworks.server.http;

import io.scimworks.server.memory.InMemoryRepository;
import io.scimworks.server.spi.Repository;
import java.util.ServiceLoader;

/**
 * Where the over-HTTP suites keep users and groups: in memory, unless the test class path holds
 * another implementation (listed in {@code META-INF/services}), as scim-store-jdbc's tests do to
 * run these suites against a database.
 */
public interface TestStores {

  /**
   * The repositories of one server under test.
   *
   * @param users users
   * @param groups groups with a unique {@code displayName}
   * @param closer releases them when the server stops
   */
  record Opened(Repository users, Repository groups, AutoCloseable closer) {}

  /** Fresh, empty repositories. */
  Opened open();

  /** The first implementation on the class path, else in memory. */
  static Opened openDefault() {
    for (TestStores stores : ServiceLoader.load(TestStores.class)) {
      return stores.open();
    }
    return new Opened(InMemoryRepository.forUsers(), InMemoryRepository.forGroups(true), () -> {});
  }
}
