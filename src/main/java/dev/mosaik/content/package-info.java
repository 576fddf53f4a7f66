/** Reading sources: discovery, front matter (YAML and JBake headers) and Markdown rendering. */
package dev.mosaik.content;
