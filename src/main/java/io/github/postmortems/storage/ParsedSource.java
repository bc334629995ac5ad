package io.github.postmortems.storage;

/**
 * The string a document was parsed from and where that string starts in the page: 0 for the page itself, the
 * CDATA start for a body that was stored as plain text and parsed on its own.
 */
record ParsedSource(String text, int offset) {
}
