package io.github.postmortems.confluence.review;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import io.github.postmortems.confluence.mail.HostMail;
import io.github.postmortems.review.Decision;
import io.github.postmortems.review.ReviewNotices;
import io.github.postmortems.text.Messages;

import java.util.Locale;

/**
 * Review notices by mail, when the site has an outgoing mail server: one message to each person a step concerns
 * (the reviewers asked; the person who asked, when approved or sent back), in the language of the person who took
 * the step. Without a mail server this sends nothing and the Approvals row mentions the people instead.
 */
public class MailReviewNotices implements ReviewNotices {

    private final HostMail mail;
    private final UserManager users;
    private final ApplicationProperties application;
    private final Messages messages;

    public MailReviewNotices(HostMail mail, UserManager users, ApplicationProperties application, Messages messages) {
        this.mail = mail;
        this.users = users;
        this.application = application;
        this.messages = messages;
    }

    @Override
    public boolean sends() {
        return mail.available();
    }

    @Override
    public String name(String userKey) {
        UserProfile profile = users.getUserProfile(new UserKey(userKey));
        return profile == null ? userKey
                : profile.getFullName() == null || profile.getFullName().isBlank() ? profile.getUsername()
                : profile.getFullName();
    }

    @Override
    public void tell(Notice notice) {
        Decision decision = notice.decision();
        String kind = decision.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        String actor = name(decision.userKey());
        String title = notice.title().isBlank() ? String.valueOf(notice.pageId()) : notice.title();
        String link = application.getBaseUrl(UrlMode.CANONICAL).replaceAll("/+$", "")
                + "/pages/viewpage.action?pageId=" + notice.pageId();
        String subject = messages.text("postmortems.review.mail.subject." + kind, title);
        StringBuilder body = new StringBuilder(messages.text("postmortems.review.mail.body." + kind, actor, title,
                messages.text(notice.moved().review().status().i18nKey())));
        if (!decision.comment().isEmpty()) {
            body.append("\n\n").append(messages.text("postmortems.review.mail.comment")).append("\n")
                    .append(decision.comment());
        }
        body.append("\n\n").append(messages.text("postmortems.review.mail.open", link)).append("\n");
        for (String person : notice.people()) {
            UserProfile profile = users.getUserProfile(new UserKey(person));
            if (profile != null) {
                mail.send(profile.getEmail(), subject, body.toString());
            }
        }
    }
}
