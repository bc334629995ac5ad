/**
 * Start from the incident (issue 15): read the Jira DC incident issue as the person creating the postmortem and
 * draft the wizard's values, timeline rows, optional comment rows and countermeasure rows from it. Plain Java.
 *
 * <h2>Marking what was drafted (design; the page side is not built yet)</h2>
 * A drafted timeline or countermeasure row is written with a grey status lozenge (Confluence's {@code status} macro,
 * title "From Jira", which Confluence 9's editor keeps as it is) in its first cell, and the row's drafted text is
 * remembered in a content property of the page keyed by the row's {@link io.github.postmortems.incident.DraftRow#source()}.
 * Readers detect the lozenge; a row whose text no longer matches what was drafted was edited by a person, and the
 * page-update listener removes its lozenge. The lozenge, not an HTML attribute, carries the mark because the editor
 * drops unknown attributes and {@code ac:placeholder} disappears as soon as a person types.
 */
package io.github.postmortems.incident;
