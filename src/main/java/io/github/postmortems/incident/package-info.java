/**
 * Start from the incident (issue 15): read the Jira DC incident issue as the person creating the postmortem and
 * draft the wizard's values, timeline rows, optional comment rows and countermeasure rows from it. Plain Java.
 *
 * <h2>Marking what was drafted</h2>
 * A drafted timeline or countermeasure row is written with a grey status lozenge (Confluence's {@code status} macro,
 * title "From Jira" in the creator's language, which Confluence 9's editor keeps as it is) in its first cell
 * ({@link io.github.postmortems.blueprint.DraftedRows}). The lozenge, not an HTML attribute, carries the mark because
 * the editor drops unknown attributes and {@code ac:placeholder} disappears as soon as a person types. The readers
 * recognise it in every bundled language, in storage format and as Confluence renders it, leave it out of the cell's
 * text (so the time still reads), and the timeline and countermeasures macros show it on the row, so readers can tell
 * the record from the analysis. A person who has reviewed a row removes the lozenge as they would any other.
 * <p>Not built: removing the lozenge automatically once a person edits the row's text. The design for it: remember
 * each drafted row's text in a content property of the page keyed by the row's
 * {@link io.github.postmortems.incident.DraftRow#source()}, and have the page-update listener remove the lozenge of a
 * row whose text no longer matches, writing only that cell the way the key write-back does. It needs Confluence's
 * content property service (not yet declared among the host types) and a page write from inside a page update, which
 * must not loop or race a collaborative editing session; both want their own change.
 */
package io.github.postmortems.incident;
