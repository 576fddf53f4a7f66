package dev.mosaik.output.cache;

/**
 * What one build did with one kind of entry of the cache: how many it found (and used, unless what a body's links
 * name changed) and how many it computed and stored. {@code mosaik build --timings} shows it.
 */
public record CacheUse(String kind, int found, int stored) {}
