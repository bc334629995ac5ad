package io.github.postmortems.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import io.github.postmortems.confluence.jira.PagePermissions;
import io.github.postmortems.postmortem.Postmortem;
import io.github.postmortems.storage.DetailsReading;

import java.util.Map;

/**
 * {@code postmortem-details}: the details table as a card with lozenges, times, durations and people; the review and
 * the next step for the people who may take it; for people who may edit the page, the wording the index found to
 * reconsider.
 */
public class PostmortemDetailsMacro extends PostmortemMacro {

    static final String NAME = "postmortem-details";
    static final String TEMPLATE = "templates/macro/postmortem-details.vm";

    private final ShowDetails details;
    private final WordingSections wording;
    private final PagePermissions permissions;
    private final ReviewSections review;

    public PostmortemDetailsMacro(ViewerResolver viewers, ShowDetails details, WordingSections wording,
                                  PagePermissions permissions, ReviewSections review, MacroTemplates templates) {
        super(NAME, viewers, templates);
        this.details = details;
        this.wording = wording;
        this.permissions = permissions;
        this.review = review;
    }

    @Override
    String render(Map<String, String> parameters, String body, ConversionContext context, ContentEntityObject page,
                  Viewer viewer, MacroTemplates templates) {
        return render(body, RenderedPage.of(context), page, viewer, templates);
    }

    @Override
    String render(Map<String, String> parameters, String body, ContentEntityObject page, Viewer viewer,
                  MacroTemplates templates) {
        return render(body, RenderedPage.unshared(page), page, viewer, templates);
    }

    private String render(String body, RenderedPage rendered, ContentEntityObject page, Viewer viewer,
                          MacroTemplates templates) {
        String title = page == null ? null : page.getTitle();
        DetailsReading reading = details.read(body, title, viewer);
        // A timeline further down the page needs the incident's times from these details: it takes them from here
        // instead of reading the page's storage for them (unless it reads times in a zone of its own).
        rendered.keep(new IncidentTimesIn(IncidentTimesIn.readingContext(viewer.siteZone(), title)),
                reading.postmortem().flatMap(Postmortem::timesIfSet));
        DetailsCard card = details.card(reading, viewer);
        ReviewSection steps = reading.postmortem().isEmpty() ? ReviewSection.NONE
                : review.section(page, reading.postmortem().get().status(),
                reading.postmortem().get().severityIfSet(), viewer);
        WordingSection hints = wording.section(page == null ? 0 : page.getId(),
                () -> page != null && permissions.mayEdit(page), viewer);
        return templates.render(TEMPLATE, "card", card.withWording(hints).withReview(steps));
    }
}
