package io.github.postmortems.confluence.macro;

import java.util.List;

/** Rows of the postmortem list, as the shared row fragment (postmortem-list-rows.vm) shows them. */
public interface ListRows {

    List<ListRow> rows();
}
