/** The build cache in the site folder ({@code .mosaik-cache/}): results stored under the hash of what they depend on. */
package dev.mosaik.output.cache;
