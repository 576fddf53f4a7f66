package dev.mosaik.content;

/**
 * The structured part of a page of a content type (a field of action, a project, a role model, an event),
 * read and validated from its front matter. Templates and the site model use these records, never raw maps.
 *
 * <p>Not sealed: a content type from a jar of its own (see {@link ContentType}) brings its own record, and mosaik
 * cannot list what it does not know. Code outside a type therefore never switches over the records; it asks the
 * record's {@link ContentType} (through {@link ContentTypes#of}) or looks for one record class it knows.
 */
public interface TypedData {}
