/** Checks over a built site that report problems without writing output. */
package dev.mosaik.check;
