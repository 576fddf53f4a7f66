/** The live preview: Jetty serving the output, file watching, rebuilds and browser reload. */
package dev.mosaik.serve;
