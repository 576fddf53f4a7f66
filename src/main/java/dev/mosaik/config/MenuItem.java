package dev.mosaik.config;

import dev.mosaik.diag.SourcePosition;
import java.util.Optional;

/**
 * An entry of a language's menu. It points either at a content source ({@code page}, resolved per language
 * so that translated slugs just work) or at a fixed {@code url}.
 *
 * @param page     a content path such as {@code /handlungsfelder/_index.md}
 * @param position where the entry is written in {@code site.yaml}, for "page not found" errors
 */
public record MenuItem(String title, Optional<String> page, Optional<String> url, SourcePosition position) {}
