/** The orchestrator: runs each pipeline stage in order and returns a BuildResult. */
package dev.mosaik.pipeline;
