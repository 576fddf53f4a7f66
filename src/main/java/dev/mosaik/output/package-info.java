/** Writing the rendered site atomically: pages, assets, redirects and the output swap. */
package dev.mosaik.output;
