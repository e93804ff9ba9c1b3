/** The starter's internals: not an API, may change in any release. */
@NullMarked
package io.scimworks.spring.internal;

import org.jspecify.annotations.NullMarked;
