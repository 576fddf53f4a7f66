/** The site configuration: site.yaml read into immutable records with validated languages and menus. */
package dev.mosaik.config;
