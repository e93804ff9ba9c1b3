/** The command line: {@code java -jar scim-compliance-cli.jar --url URL --token TOKEN}. */
@NullMarked
package io.scimworks.compliance.cli;

import org.jspecify.annotations.NullMarked;
