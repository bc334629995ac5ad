package io.github.postmortems.confluence.report;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.PartialList;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.LabelManager;
import com.atlassian.confluence.pages.Page;
import io.github.postmortems.report.LabelledPages;

import java.util.List;

/**
 * {@link LabelledPages} on Confluence's label manager: one database page of labelled content per call, so a rebuild
 * never loads every labelled page at once. Blog posts with the label are skipped (the index holds pages).
 */
public class ConfluenceLabelledPages implements LabelledPages {

    static final String LABEL = "postmortem";

    private final LabelManager labelManager;

    public ConfluenceLabelledPages(LabelManager labelManager) {
        this.labelManager = labelManager;
    }

    @Override
    public Slice postmortemPages(int offset, int limit) {
        Label label = labelManager.getLabel(LABEL);
        if (label == null) {
            return new Slice(List.of(), 0, 0);
        }
        PartialList<ContentEntityObject> found = labelManager.getContentForLabel(offset, limit, label);
        List<Long> ids = found.getList().stream().filter(Page.class::isInstance).map(ContentEntityObject::getId)
                .toList();
        // The offset moves by what was read, pages or not, so total counts everything labelled.
        return new Slice(ids, found.getList().size(), found.getAvailable());
    }
}
