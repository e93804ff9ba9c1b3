/** Module boundaries as tests: ArchUnit rules and a program run on the module path. */
@NullMarked
package io.scimworks.architecture;

import org.jspecify.annotations.NullMarked;
