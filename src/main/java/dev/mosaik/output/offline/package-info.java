/**
 * Reading offline, on the published site: per language a precache manifest for the service worker, a zip that
 * works opened from disk, and the worker itself, named by a hash of the output.
 */
package dev.mosaik.output.offline;
