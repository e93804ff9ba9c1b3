package io.scimworks.benchmarks.patch;

import de.captaingoldfish.scim.sdk.common.request.PatchOpRequest;
import de.captaingoldfish.scim.sdk.common.resources.ServiceProvider;
import de.captaingoldfish.scim.sdk.common.resources.User;
import de.captaingoldfish.scim.sdk.common.resources.complex.PatchConfig;
import de.captaingoldfish.scim.sdk.common.schemas.SchemaAttribute;
import de.captaingoldfish.scim.sdk.common.utils.JsonHelper;
import de.captaingoldfish.scim.sdk.server.endpoints.Context;
import de.captaingoldfish.scim.sdk.server.endpoints.ResourceEndpoint;
import de.captaingoldfish.scim.sdk.server.endpoints.ResourceHandler;
import de.captaingoldfish.scim.sdk.server.endpoints.base.UserEndpointDefinition;
import de.captaingoldfish.scim.sdk.server.filter.FilterNode;
import de.captaingoldfish.scim.sdk.server.patch.DefaultPatchOperationHandler;
import de.captaingoldfish.scim.sdk.server.patch.PatchRequestHandler;
import de.captaingoldfish.scim.sdk.server.response.PartialListResponse;
import de.captaingoldfish.scim.sdk.server.schemas.ResourceType;
import java.util.List;

/**
 * SCIM-SDK (captaingoldfish): a {@code PatchRequestHandler} with the default operation handler, as
 * its resource endpoint builds one per PATCH request; the stored user comes from an in-memory
 * handler as a copy.
 */
final class ScimSdkPatch {
  private final ServiceProvider serviceProvider;
  private final ResourceType resourceType;
  private final PatchOpRequest request;
  private final Context context = new Context(null);

  ScimSdkPatch() {
    serviceProvider =
        ServiceProvider.builder()
            .patchConfig(PatchConfig.builder().supported(true).build())
            .build();
    ResourceEndpoint endpoint = new ResourceEndpoint(serviceProvider);
    resourceType = endpoint.registerEndpoint(new UserEndpointDefinition(new StoredUser()));
    request = JsonHelper.readJsonDocument(PatchInputs.PATCH, PatchOpRequest.class);
  }

  User apply() {
    PatchRequestHandler<User> handler =
        new PatchRequestHandler<>(
            PatchInputs.USER_ID,
            serviceProvider,
            resourceType,
            new DefaultPatchOperationHandler<>(
                User.class, serviceProvider.getPatchConfig(), resourceType, context),
            context);
    return handler.handlePatchRequest(request);
  }

  /** Serves the stored user; SCIM-SDK patches what {@code getResource} returns. */
  private static final class StoredUser extends ResourceHandler<User> {
    private final User stored = JsonHelper.readJsonDocument(PatchInputs.USER, User.class);

    @Override
    public User getResource(
        String id, List<SchemaAttribute> attributes, List<SchemaAttribute> excluded, Context c) {
      return JsonHelper.copyResourceToObject(stored.deepCopy(), User.class);
    }

    @Override
    public User createResource(User resource, Context c) {
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
        List<SchemaAttribute> excluded,
        Context c) {
      throw new UnsupportedOperationException();
    }

    @Override
    public User updateResource(User resource, Context c) {
      return resource;
    }

    @Override
    public void deleteResource(String id, Context c) {
      throw new UnsupportedOperationException();
    }
  }
}
