/**
 * Machine translation of content files: providers (DeepL, LibreTranslate) over HTTP, the per-block translation
 * memory and the readability gate; pages are cut into segments by {@link dev.mosaik.content.Segmenter}.
 */
package dev.mosaik.translate;
