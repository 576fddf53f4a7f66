/** Turning the site model into HTML with Thymeleaf templates and view records. */
package dev.mosaik.render;
