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
 * the record from the analysis.
 *
 * <h2>Until a person edits the row</h2>
 * What was drafted is remembered per page ({@link io.github.postmortems.incident.DraftedRowMemory}, in Active Objects
 * as table {@code DRAFTED_ROW}: page id, the row's {@link io.github.postmortems.incident.DraftRow#source()}, its
 * fingerprint). A fingerprint ({@link io.github.postmortems.incident.RowPrint}) is a hash of the row's values as the
 * readers read them (a timeline row's time, event text, evidence and kind; a countermeasure's text, owner, due date,
 * priority, type, key and tick), not of its markup, because the macros get the view format and the page holds storage
 * format. The context provider takes the fingerprints by reading the rows it writes with the real readers
 * ({@link io.github.postmortems.blueprint.DraftedPrints}), so an untouched row matches by construction, and puts them
 * into the blueprint context as one bounded text value; the page id is known only at
 * {@code BlueprintPageCreateEvent}, whose listener remembers them. The blueprint opens the editor, and Confluence may
 * carry only part of the context through the editor's draft: when the event's context lacks the value, the listener
 * fingerprints the rows that carry the lozenge in the page as first published (then a row edited in the editor before
 * that first publish still counts as drafted). A value present but empty means nothing was drafted.
 * <p>The timeline and countermeasures macros show the "From Jira" mark only on rows that carry the lozenge and whose
 * fingerprint is remembered for the page ({@link io.github.postmortems.incident.DraftedMarks}); an edited row is shown
 * as a person's. The memory is asked once per render, shared by the page's macros through the render's context
 * ({@code RenderedPage}), and answers at most {@code MAX_ROWS} fingerprints. A page with nothing remembered (created
 * before this memory, or whose creation event was missed) shows its lozenges as written. A person may also remove a
 * lozenge by hand, as any other.
 * <p>Not built: removing the lozenge from the page itself once its row was edited (the view already hides it). The
 * design: on {@code PageUpdateEvent} (beside {@code confluence/report/PageEventsListener}), off the saving thread like
 * the index queue, ask the memory for the page's fingerprints (nothing remembered: stop); read the page with the
 * readers, and for each row that carries the lozenge and whose fingerprint is not remembered, remove the lozenge's
 * {@code ac:structured-macro} (and the space after it) by its source range, every other character kept, as
 * {@code storage/RowCellWriter} writes one cell; save it through {@code jira/Pages#update}, which applies the edit
 * to the version current at saving time (a newer save is never overwritten), with a version comment in the page's
 * language; then forget those rows' fingerprints (a {@code forget(pageId, prints)} on the memory). The save fires
 * another update, which finds no lozenged row left that is unremembered and saves nothing, so it cannot loop. Left
 * out because it needs the readers to expose the lozenge's source range for timeline rows (they carry no spans today),
 * a worker with its own lifecycle, and an answer to who the version is credited to off the request thread and how a
 * collaborative editing session open on the page takes a version written behind it; each wants its own change and
 * tests.
 */
package io.github.postmortems.incident;
