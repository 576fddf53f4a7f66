/** Reading YAML into positioned nodes, with typed access that reports mistakes as problems. */
package dev.mosaik.yaml;
