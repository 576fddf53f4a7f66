/** Printing rendered HTML sheets to PDF with openhtmltopdf: embedded fonts, right-to-left text, reproducible bytes. */
package dev.mosaik.output.pdf;
