/**
 * The Java samples of the README and of {@code docs/*.md}, compiled against the built modules.
 *
 * <p>Every {@code ```java} block must be preceded by an HTML comment (invisible on GitHub) that
 * says how the block is wrapped:
 *
 * <pre>
 * &lt;!-- snippet: statements
 *      imports: org.springframework.context.annotation.Bean
 *      given: DataSource dataSource; --&gt;
 * </pre>
 *
 * <ul>
 *   <li>{@code snippet:} the kind: {@code statements} (the body of a method that may throw), {@code
 *       members} (the body of a class: fields, methods, nested types) or {@code unit} (a whole
 *       source file without {@code package}). {@code statements run} also runs the block once, so
 *       it must need no network and no environment.
 *   <li>{@code imports:} (optional) single-type or on-demand imports beyond the implied ones,
 *       separated by commas; {@code static} for static imports.
 *   <li>{@code given:} (optional) Java members the block assumes (variables defined by an earlier
 *       block of the same section, the reader's own classes), placed verbatim in the class around
 *       the block, or after a {@code unit}.
 *   <li>{@code id:} (optional) a name by which a test finds the block to call its methods ({@link
 *       ReadmeServerAndClientTest} serves the README's server sample over HTTP and provisions into
 *       it with its client sample).
 * </ul>
 *
 * <p>Implied imports, the ones the README tells readers it leaves out: every exported package of
 * the SCIMworks modules and {@link Snippet#JDK_AND_JACKSON_IMPORTS}. A block that is not meant to
 * compile uses another language tag ({@code text}, {@code bash}...).
 */
@NullMarked
package io.scimworks.docs;

import org.jspecify.annotations.NullMarked;
