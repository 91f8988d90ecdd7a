package io.cloudmigrate.discovery;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the kind of a top-level CloudMigrate document ({@code inventory}, {@code traffic},
 * {@code assessment} …). {@link JsonDocuments} writes it as the document's {@code kind} field and,
 * when reading, refuses a document of another kind with a message that names the kind it is, so that
 * a file passed to the wrong option is recognised rather than half-read.
 *
 * <p>Documents written before the field existed have no {@code kind}; they are read as the kind asked
 * for, unless they have top-level fields that kind's record lacks.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DocumentKind
{
    /** The kind, one lowercase word; by convention the command-line option that takes such a document is {@code --<kind>}. */
    String value();
}
