/** The search index of every language tree: ICU word segmentation, folding of letter variants, weighted terms as JSON for the browser. */
package dev.mosaik.output.search;
