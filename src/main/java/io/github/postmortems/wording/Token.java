package io.github.postmortems.wording;

/**
 * A word of a block: where it is in the block's text, folded for comparison, and what is around it.
 *
 * @param folded      the word as {@link Folding} compares it; a mention's marker as written
 * @param mention     an {@code ri:user} mention or a typed {@code @name}
 * @param capitalized typed with a capital first letter (how a name is recognised in the text)
 * @param breakBefore a sentence ends between the word before and this one (. ! ? ; :), or a quote opens or closes
 * @param quoted      inside quotation marks: someone's words, kept as evidence
 */
record Token(int start, int end, String folded, boolean mention, boolean capitalized, boolean breakBefore,
             boolean quoted) {
}
