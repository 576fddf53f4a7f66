/**
 * XLIFF 2.1 for human translators: one file per page with the page's segments, glossary notes and inline codes
 * ({@code <ph/>}, {@code <pc>}) for its markup, and the import that checks a filled file and writes the translation.
 */
package dev.mosaik.translate.xliff;
