package io.scimworks.docs;

import io.scimworks.server.spi.Repository;
import io.scimworks.server.spi.RequestContext;
import io.scimworks.server.spi.SearchQuery;
import io.scimworks.server.spi.SearchResult;
import io.scimworks.server.spi.StoredResource;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * A repository that stores nothing, for a sample's {@code given:} that needs "the reader's own
 * repository" (compiled, never run).
 */
public class StubRepository implements Repository {

  @Override
  public StoredResource create(RequestContext context, ObjectNode resource) {
    throw new UnsupportedOperationException();
  }

  @Override
  public @Nullable StoredResource get(RequestContext context, String id) {
    throw new UnsupportedOperationException();
  }

  @Override
  public StoredResource replace(
      RequestContext context, String id, ObjectNode resource, @Nullable String version) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void delete(RequestContext context, String id, @Nullable String version) {
    throw new UnsupportedOperationException();
  }

  @Override
  public SearchResult search(RequestContext context, SearchQuery query) {
    throw new UnsupportedOperationException();
  }
}
