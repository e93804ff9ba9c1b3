/**
 * The one configured JSON codec of SCIMworks ({@link io.scimworks.core.json.ScimJson}): Jackson 3
 * trees, parse limits, and errors as {@link io.scimworks.core.ScimException}.
 */
@NullMarked
package io.scimworks.core.json;

import org.jspecify.annotations.NullMarked;
