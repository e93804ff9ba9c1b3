package io.scimworks.benchmarks;

import de.captaingoldfish.scim.sdk.common.resources.ServiceProvider;
import de.captaingoldfish.scim.sdk.common.resources.User;
import de.captaingoldfish.scim.sdk.common.resources.complex.FilterConfig;
import de.captaingoldfish.scim.sdk.common.schemas.SchemaAttribute;
import de.captaingoldfish.scim.sdk.common.utils.JsonHelper;
import de.captaingoldfish.scim.sdk.server.endpoints.Context;
import de.captaingoldfish.scim.sdk.server.endpoints.ResourceEndpoint;
import de.captaingoldfish.scim.sdk.server.endpoints.ResourceHandler;
import de.captaingoldfish.scim.sdk.server.endpoints.base.UserEndpointDefinition;
import de.captaingoldfish.scim.sdk.server.filter.FilterNode;
import de.captaingoldfish.scim.sdk.server.filter.resources.FilterResourceResolver;
import de.captaingoldfish.scim.sdk.server.response.PartialListResponse;
import de.captaingoldfish.scim.sdk.server.schemas.ResourceType;
import de.captaingoldfish.scim.sdk.server.utils.RequestUtils;
import java.util.List;

/**
 * SCIM-SDK (de.captaingoldfish): ANTLR-based parser that needs the resource type's schema, and its
 * in-memory {@code FilterResourceResolver}.
 */
final class ScimSdkEngine implements FilterEngine {
  private final ServiceProvider serviceProvider;
  private final ResourceType users;
  private final List<User> user;

  private ScimSdkEngine(ServiceProvider serviceProvider, ResourceType users, User user) {
    this.serviceProvider = serviceProvider;
    this.users = users;
    this.user = List.of(user);
  }

  static FilterEngine create() {
    ServiceProvider serviceProvider =
        ServiceProvider.builder().filterConfig(new FilterConfig(true, 100)).build();
    ResourceEndpoint endpoint =
        new ResourceEndpoint(serviceProvider, new UserEndpointDefinition(new NoStorage()));
    ResourceType users = null;
    for (Object type : endpoint.getRegisteredResourceTypes()) {
      ResourceType resourceType = (ResourceType) type;
      if ("User".equals(resourceType.getName())) {
        users = resourceType;
      }
    }
    if (users == null) {
      throw new IllegalStateException("SCIM-SDK registered no User resource type");
    }
    User user = JsonHelper.readJsonDocument(FilterCorpus.userJson(), User.class);
    return new ScimSdkEngine(serviceProvider, users, user);
  }

  @Override
  public String name() {
    return "scim-sdk";
  }

  @Override
  public Object parse(String filter) {
    return RequestUtils.parseFilter(users, filter);
  }

  @Override
  public boolean matchesUser(Object prepared) {
    return !FilterResourceResolver.filterResources(serviceProvider, user, (FilterNode) prepared)
        .isEmpty();
  }

  /** The SDK wants a storage handler to build its resource type; the benchmark stores nothing. */
  private static final class NoStorage extends ResourceHandler<User> {
    @Override
    public User createResource(User resource, Context context) {
      throw new UnsupportedOperationException();
    }

    @Override
    public User getResource(
        String id,
        List<SchemaAttribute> attributes,
        List<SchemaAttribute> excludedAttributes,
        Context context) {
      throw new UnsupportedOperationException();
    }

    @Override
    public PartialListResponse<User> listResources(
        long startIndex,
        int count,
        FilterNode filter,
        SchemaAttribute sortBy,
        de.captaingoldfish.scim.sdk.common.constants.enums.SortOrder sortOrder,
        List<SchemaAttribute> attributes,
        List<SchemaAttribute> excludedAttributes,
        Context context) {
      throw new UnsupportedOperationException();
    }

    @Override
    public User updateResource(User resource, Context context) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void deleteResource(String id, Context context) {
      throw new UnsupportedOperationException();
    }
  }
}
