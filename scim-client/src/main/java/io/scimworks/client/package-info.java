/** SCIMworks client. */
@NullMarked
package io.scimworks.client;

import org.jspecify.annotations.NullMarked;
