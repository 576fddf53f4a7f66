/** Languages at work: ICU messages, plurals, dates, numbers and collation per language. */
package dev.mosaik.i18n;
