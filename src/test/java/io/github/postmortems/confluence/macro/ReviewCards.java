package io.github.postmortems.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import io.github.postmortems.postmortem.Severity;
import io.github.postmortems.review.ApprovalRules;
import io.github.postmortems.review.ApprovalSnapshot;
import io.github.postmortems.review.InMemoryReviews;
import io.github.postmortems.review.Person;
import io.github.postmortems.review.Review;
import io.github.postmortems.review.ReviewOutcome;
import io.github.postmortems.review.ReviewStore;
import io.github.postmortems.storage.PageReading;
import io.github.postmortems.storage.ReadingContext;
import io.github.postmortems.storage.StorageReader;
import io.github.postmortems.text.Messages;
import org.mockito.MockedStatic;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.github.postmortems.confluence.macro.MacroFixture.body;
import static io.github.postmortems.confluence.macro.MacroFixture.display;
import static io.github.postmortems.confluence.macro.MacroFixture.sample;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

/**
 * The details card of one postmortem in each review status, as a reader, an editor or an approver sees it: the
 * fixture's page ({@code full-page.xml}, id 98305) with the review a store keeps for it.
 */
final class ReviewCards {

    static final long PAGE = 98_305L;
    static final String AUTHOR = "8a7f808a6a1b2c3d016a1b2c3d4e0001"; // jdoe, Jo Doe
    static final String APPROVER = "8a7f808a6a1b2c3d016a1b2c3d4e0002"; // asmith, Alex Smith
    static final String REVIEWER = "8a7f808a6a1b2c3d016a1b2c3d4e0003"; // kwong, Kim Wong
    static final ApprovalRules RULES = new ApprovalRules(Set.of("asmith"), Set.of(),
            Map.of(1, 1, 2, 1, 3, 1, 4, 1));
    static final String STORAGE = sample("full-page.xml");
    private static final Instant MONDAY = Instant.parse("2026-11-09T10:00:00Z");
    private static final Instant THURSDAY = Instant.parse("2026-11-12T15:30:00Z");
    private static final Severity SEV2 = new Severity("SEV2", 2, "postmortems.severity.sev2");

    enum Status { DRAFT, IN_REVIEW, APPROVED, CHANGED, PUBLISHED }

    enum Who {
        READER(null, false), EDITOR(AUTHOR, true), APPROVER_WHO_READS(APPROVER, false);

        final String key;
        final boolean mayEdit;

        Who(String key, boolean mayEdit) {
            this.key = key;
            this.mayEdit = mayEdit;
        }
    }

    private ReviewCards() {
    }

    /** What the store keeps for the page in that status, and the page's current version. */
    static Map.Entry<ReviewStore.Stored, Integer> stored(Status status) {
        Person author = new Person(AUTHOR, "jdoe", Set.of(), true);
        Person approver = new Person(APPROVER, "asmith", Set.of(), false);
        if (status == Status.DRAFT) {
            return Map.entry(ReviewStore.Stored.none(), 3);
        }
        Review requested = moved(Review.draft().requestReview(author, List.of(REVIEWER, APPROVER), MONDAY, 3));
        if (status == Status.IN_REVIEW) {
            return Map.entry(new ReviewStore.Stored(requested, 1, 4, ""), 4);
        }
        Review approved = moved(requested.approve(approver, RULES, SEV2, THURSDAY, 4, "Clear and fair."));
        PageReading reading = new StorageReader().readPage(STORAGE, ReadingContext.inZone(ZoneOffset.UTC));
        String snapshot = ApprovalSnapshot.of(4, reading.details(),
                reading.countermeasures().stream().map(row -> row.countermeasure()).toList()).toJson();
        if (status == Status.APPROVED) {
            return Map.entry(new ReviewStore.Stored(approved, 2, 5, snapshot), 5);
        }
        if (status == Status.CHANGED) {
            return Map.entry(new ReviewStore.Stored(approved, 2, 5, snapshot), 7);
        }
        Review published = moved(approved.publish(author, THURSDAY.plusSeconds(3600), 5));
        return Map.entry(new ReviewStore.Stored(published, 3, 6, snapshot), 6);
    }

    /** The card's HTML for {@code who} viewing the page in {@code status}, in {@code messages}' language. */
    static String card(Messages messages, Status status, Who who) {
        return card(new MacroFixture(messages), status, who, "display");
    }

    static String card(MacroFixture fixture, Status status, Who who, String outputType) {
        return card(fixture, status, stored(status), who, outputType);
    }

    /** The card with what {@code stored} keeps (review and page version) in place of the status' usual record. */
    static String card(MacroFixture fixture, Status status, Map.Entry<ReviewStore.Stored, Integer> stored, Who who,
                       String outputType) {
        InMemoryReviews.Store store = new InMemoryReviews.Store();
        store.stored.put(PAGE, stored.getKey());
        // The page's Status cell as the steps wrote it.
        String storage = STORAGE.replace("<p>In review</p>", "<p>" + switch (status) {
            case DRAFT -> "Draft";
            case IN_REVIEW -> "In review";
            case APPROVED, CHANGED -> "Approved";
            case PUBLISHED -> "Published";
        } + "</p>");
        ConversionContext context = MacroFixture.context(outputType, storage);
        ContentEntityObject page = context.getEntity();
        when(page.getVersion()).thenReturn(stored.getValue());
        ConfluenceUser user = who.key == null ? null : mock(ConfluenceUser.class);
        if (user != null) {
            when(user.getKey()).thenReturn(new UserKey(who.key));
            when(user.getName()).thenReturn(who == Who.EDITOR ? "jdoe" : "asmith");
            when(fixture.users().getRemoteUserKey()).thenReturn(new UserKey(who.key));
            when(fixture.permissions().hasPermission(eq(user), eq(Permission.VIEW), any())).thenReturn(true);
            when(fixture.permissions().hasPermission(eq(user), eq(Permission.EDIT), any())).thenReturn(who.mayEdit);
        }
        try (MockedStatic<AuthenticatedUserThreadLocal> signedIn = mockStatic(AuthenticatedUserThreadLocal.class)) {
            signedIn.when(AuthenticatedUserThreadLocal::get).thenReturn(user);
            return fixture.detailsMacro(io.github.postmortems.wording.WordingStore.NOT_KEPT, store, RULES)
                    .execute(Map.of(), body(storage, "postmortem-details"), context);
        }
    }

    private static Review moved(ReviewOutcome outcome) {
        return ((ReviewOutcome.Moved) outcome).review();
    }
}
