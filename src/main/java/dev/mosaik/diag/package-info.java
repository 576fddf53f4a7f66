/** Problems found in content and configuration, each with the source position it came from. */
package dev.mosaik.diag;
