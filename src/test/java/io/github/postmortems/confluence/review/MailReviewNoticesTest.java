package io.github.postmortems.confluence.review;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import io.github.postmortems.confluence.mail.HostMail;
import io.github.postmortems.review.Person;
import io.github.postmortems.review.Review;
import io.github.postmortems.review.ReviewNotices;
import io.github.postmortems.review.ReviewOutcome;
import io.github.postmortems.text.BundleMessages;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class MailReviewNoticesTest {

    private final HostMail mail = mock(HostMail.class);
    private final UserManager users = mock(UserManager.class);
    private final ApplicationProperties application = mock(ApplicationProperties.class);
    private final MailReviewNotices notices = new MailReviewNotices(mail, users, application,
            BundleMessages.english());

    private void user(String key, String name, String fullName, String email) {
        UserProfile profile = mock(UserProfile.class);
        when(profile.getUsername()).thenReturn(name);
        when(profile.getFullName()).thenReturn(fullName);
        when(profile.getEmail()).thenReturn(email);
        when(users.getUserProfile(new UserKey(key))).thenReturn(profile);
    }

    @Test
    void eachPersonAskedGetsOneMailNamingTheAskerThePageAndItsLink() {
        user("k-ana", "ana", "Ana Lima", "ana@example.com");
        user("k-lee", "lee", "Lee Park", "lee@example.com");
        user("k-sam", "sam", "", "sam@example.com");
        when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://wiki.example.com/");
        ReviewOutcome.Moved moved = (ReviewOutcome.Moved) Review.draft().requestReview(
                new Person("k-ana", "ana", Set.of(), true), List.of("k-lee", "k-sam", "k-gone"),
                Instant.parse("2026-11-12T09:00:00Z"), 3);

        notices.tell(new ReviewNotices.Notice(4711, "Checkout outage", moved.decision(), moved, moved.tell()));

        String body = "Ana Lima asks you to review the postmortem \"Checkout outage\". It is now: In review.\n\n"
                + "Open the postmortem: https://wiki.example.com/pages/viewpage.action?pageId=4711\n";
        verify(mail).send("lee@example.com", "Review requested: Checkout outage", body);
        verify(mail).send("sam@example.com", "Review requested: Checkout outage", body);
        verify(mail, times(2)).send(anyString(), anyString(), anyString());
        assertEquals("sam", notices.name("k-sam"), "no full name: the user name");
        assertEquals("k-gone", notices.name("k-gone"), "nobody by that key: the key");
    }

    @Test
    void theCommentGoesIntoTheMailAndNobodyIsMailedWithoutAProfile() {
        user("k-ana", "ana", "Ana Lima", "ana@example.com");
        when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://wiki.example.com");
        Review inReview = ((ReviewOutcome.Moved) Review.draft().requestReview(
                new Person("k-ana", "ana", Set.of(), true), List.of("k-lee"), Instant.EPOCH, 3)).review();
        ReviewOutcome.Moved changes = (ReviewOutcome.Moved) inReview.requestChanges(
                new Person("k-lee", "lee", Set.of(), true), io.github.postmortems.review.ApprovalRules.siteDefaults(),
                Instant.EPOCH.plusSeconds(60), 4, "Name the cache, not the engineer.");

        notices.tell(new ReviewNotices.Notice(4711, "Checkout outage", changes.decision(), changes,
                changes.tell()));
        notices.tell(new ReviewNotices.Notice(4711, "Checkout outage", changes.decision(), changes,
                List.of("k-unknown")));

        verify(mail).send("ana@example.com", "Changes requested: Checkout outage",
                "k-lee asked for changes to the postmortem \"Checkout outage\". It is now: Draft.\n\nComment:\n"
                        + "Name the cache, not the engineer.\n\n"
                        + "Open the postmortem: https://wiki.example.com/pages/viewpage.action?pageId=4711\n");
        verify(mail, never()).send(org.mockito.ArgumentMatchers.eq(null), anyString(), anyString());
    }
}
