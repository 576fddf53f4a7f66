package dev.mosaik.content;

/**
 * The structured part of a page of a content type (a field of action, a project, a role model, an event),
 * read and validated from its front matter. Templates and the site model use these records, never raw maps.
 */
public sealed interface TypedData
        permits FieldOfAction, Project, RoleModel, Event, Timeline, Course, Newsletter, Place {}
