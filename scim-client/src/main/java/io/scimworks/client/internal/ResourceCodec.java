package io.scimworks.client.internal;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import io.scimworks.core.json.ScimJson;
import io.scimworks.core.resource.Group;
import io.scimworks.core.resource.ScimResource;
import io.scimworks.core.resource.User;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Converts between the type an endpoint works with and the JSON on the wire.
 *
 * @param <T> the resource type
 */
public interface ResourceCodec<T> {

  /** The JSON to send for {@code resource}. */
  ObjectNode toJson(T resource);

  /**
   * The resource a response body describes.
   *
   * @throws ScimException if the JSON cannot be turned into a {@code T}
   */
  T fromJson(ObjectNode json);

  /** A codec from two functions. */
  static <T> ResourceCodec<T> of(Function<T, ObjectNode> toJson, Function<ObjectNode, T> fromJson) {
    return new ResourceCodec<>() {
      @Override
      public ObjectNode toJson(T resource) {
        return toJson.apply(resource);
      }

      @Override
      public T fromJson(ObjectNode json) {
        return fromJson.apply(json);
      }
    };
  }

  /** Generic, schema-driven resources. */
  static ResourceCodec<ScimResource> scimResource() {
    return of(ScimResource::json, ScimResource::of);
  }

  /**
   * A codec for {@code type}: {@link User}, {@link Group}, {@link ScimResource} and {@link
   * ObjectNode} as they are, any other class through Jackson data binding (unknown attributes such
   * as {@code meta} are ignored).
   */
  @SuppressWarnings("unchecked")
  static <T> ResourceCodec<T> forClass(Class<T> type) {
    if (type == ScimResource.class) {
      return (ResourceCodec<T>) scimResource();
    }
    if (type == User.class) {
      return (ResourceCodec<T>) of(User::toJson, json -> User.from(ScimResource.of(json)));
    }
    if (type == Group.class) {
      return (ResourceCodec<T>) of(Group::toJson, json -> Group.from(ScimResource.of(json)));
    }
    if (type == ObjectNode.class) {
      return (ResourceCodec<T>) of(Function.<ObjectNode>identity(), Function.identity());
    }
    JsonMapper mapper =
        ScimJson.mapper()
            .rebuild()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    return of(
        resource -> mapper.valueToTree(resource),
        json -> {
          try {
            return mapper.treeToValue(json, type);
          } catch (JacksonException e) {
            throw ScimException.of(
                ScimType.INVALID_SYNTAX,
                "cannot map the response to " + type.getName() + ": " + e.getOriginalMessage(),
                e);
          }
        });
  }
}
