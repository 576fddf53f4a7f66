/** The assembled site model: pages by translation key and language, sections, menus and URLs. */
package dev.mosaik.site;
