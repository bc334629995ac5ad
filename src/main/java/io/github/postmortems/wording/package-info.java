/**
 * Blameless wording: the phrases in a postmortem page that the practice warns against, found when the page is
 * indexed and shown to its editors in the details card.
 * <p>
 * What is a hint, and what is not, by decision:
 * <ul>
 *     <li>Counterfactuals ("would/could/should have", their contractions and "should of", "if only", "in hindsight";
 *     "hätte … sollen/können/müssen" within one clause, "hätte" alone, "wäre … gewesen"; "aurait dû/pu/fallu/été"),
 *     blame words ("careless", "forgot to", "fahrlässig", "vergessen", "a oublié", "négligent" …) and "human error"
 *     in all three languages are hints wherever they stand.</li>
 *     <li>Verbs of failure that describe systems as often as people ("failed to", "didn't", "missed", "hat nicht",
 *     "n'a pas") are hints only after a person: a mention, a name the page gives one of its people (capitalised where
 *     it stands), a pronoun or a role ("someone", "the engineer"). "The job failed to start" is how a postmortem
 *     describes a system.</li>
 *     <li>A mention or a page's name as the subject of any of these makes one hint of kind
 *     {@link io.github.postmortems.wording.HintKind#PERSON} ("@alice forgot to", "Alice hätte … sollen").</li>
 *     <li>Left out: code (pre, code, the code and noformat macros), quotations (blockquote, and words in quotation
 *     marks of any language up to the end of their paragraph: what a customer wrote or a tool printed is evidence and
 *     stays as it was), the template's placeholders, macro parameters. A phrase never spans two sentences.</li>
 * </ul>
 * Time is linear in the page; at most {@link io.github.postmortems.wording.WordingReport#MAX_KEPT} hints are kept,
 * the rest counted. What is stored is language-neutral (kind, place, the page's own words), so that labels and
 * suggestions come in the language of whoever reads the card.
 */
package io.github.postmortems.wording;
