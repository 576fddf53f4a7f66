/** The command-line interface: picocli commands that call the pipeline and map problems to exit codes. */
package dev.mosaik.cli;
