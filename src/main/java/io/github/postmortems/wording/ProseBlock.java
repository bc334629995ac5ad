package io.github.postmortems.wording;

/**
 * One block of a page's prose (a paragraph, a list item, a table cell, a heading): its text with white space
 * collapsed and mentions as {@link Mentions} markers, the heading above it and where it is.
 *
 * @param offset where the block starts in the page's text
 */
record ProseBlock(String text, String section, Place place, int offset) {
}
