package dev.mosaik.config;

import java.util.Set;

/**
 * What the build lets through that it would hold back by default: pages dated in the future or expired, raw HTML in
 * Markdown, and file types that can run scripts. Read from {@code publish} ({@code future}, {@code expired},
 * {@code rawFiles}) and {@code markdown.rawHtml} in {@code site.yaml}; every one is off unless the site says so.
 *
 * @param future   publish pages whose {@code date} lies after the build date
 * @param expired  publish pages whose {@code expires} date has passed
 * @param rawHtml  let raw HTML in Markdown through unfiltered; off by default, so content cannot run script
 * @param rawFiles file types published from content/ and assets/ although they can run scripts
 */
public record Publishing(boolean future, boolean expired, boolean rawHtml, Set<RawFileType> rawFiles) {

    public Publishing {
        rawFiles = Set.copyOf(rawFiles);
    }
}
