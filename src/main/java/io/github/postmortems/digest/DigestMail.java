package io.github.postmortems.digest;

import io.github.postmortems.text.Markup;
import io.github.postmortems.text.Messages;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Writes one person's digest as a mail in their language: plain HTML (inline styles only, as mail clients drop style
 * sheets), every value escaped, and the same content as text. Links go to the pages and to the stop page.
 */
public final class DigestMail {

    private static final String FONT = "font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Arial,sans-serif;";

    private final DigestLinks links;

    public DigestMail(DigestLinks links) {
        this.links = Objects.requireNonNull(links, "links");
    }

    public OutgoingMail write(PersonalDigest digest, Messages messages) {
        Recipient to = digest.recipient();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(to.locale());
        String subject = messages.text("postmortems.digest.mail.subject", dates.format(digest.today()));
        StringBuilder html = new StringBuilder(4096);
        StringBuilder text = new StringBuilder(2048);
        html.append("<!DOCTYPE html><html lang=\"").append(Markup.escape(to.locale().toLanguageTag()))
                .append("\"><head><meta charset=\"UTF-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>").append(Markup.escape(subject))
                .append("</title></head><body style=\"margin:0;padding:16px;background:#ffffff;color:#172b4d;")
                .append(FONT).append("font-size:14px;line-height:1.5;\">")
                .append("<div style=\"max-width:640px;overflow-wrap:anywhere;word-wrap:break-word;\">");
        String heading = messages.text("postmortems.digest.mail.heading");
        String intro = messages.text("postmortems.digest.mail.intro", to.name(), dates.format(digest.today()));
        html.append("<h1 style=\"font-size:20px;margin:0 0 8px;\">").append(Markup.escape(heading)).append("</h1>")
                .append("<p style=\"margin:0 0 16px;\">").append(Markup.escape(intro)).append("</p>");
        text.append(heading).append("\n\n").append(intro).append("\n");
        for (PersonalDigest.Space space : digest.spaces()) {
            String spaceHeading = messages.text("postmortems.digest.mail.space", space.key());
            html.append("<h2 style=\"font-size:16px;margin:20px 0 4px;border-bottom:1px solid #dfe1e6;\">")
                    .append(Markup.escape(spaceHeading)).append("</h2>");
            text.append("\n== ").append(spaceHeading).append(" ==\n");
            section(html, text, messages.text("postmortems.digest.mail.overdue"), space.overdue(),
                    due -> dueLine(due, digest.today(), dates, messages), DueCountermeasure::pageId,
                    DueCountermeasure::pageTitle);
            section(html, text, messages.text("postmortems.digest.mail.due-soon"), space.dueSoon(),
                    due -> dueLine(due, digest.today(), dates, messages), DueCountermeasure::pageId,
                    DueCountermeasure::pageTitle);
            section(html, text, messages.text("postmortems.digest.mail.review"), space.review(),
                    waiting -> messages.text("postmortems.digest.mail.review.line"), WaitingPostmortem::pageId,
                    WaitingPostmortem::pageTitle);
            section(html, text, messages.text("postmortems.digest.mail.follow-up"), space.followUp(),
                    waiting -> messages.text("postmortems.digest.mail.follow-up.line",
                            dates.format(waiting.followUp())), WaitingPostmortem::pageId,
                    WaitingPostmortem::pageTitle);
        }
        if (digest.left() > 0) {
            String more = messages.text("postmortems.digest.mail.more", digest.left());
            html.append("<p style=\"margin:16px 0 0;\">").append(Markup.escape(more)).append("</p>");
            text.append("\n").append(more).append("\n");
        }
        String stopUrl = links.stop(to.userKey());
        String why = messages.text("postmortems.digest.mail.why");
        String stop = messages.text("postmortems.digest.mail.stop");
        html.append("<p style=\"margin:24px 0 0;padding-top:8px;border-top:1px solid #dfe1e6;color:#505f79;")
                .append("font-size:12px;\">").append(Markup.escape(why)).append(" <a href=\"")
                .append(Markup.escape(stopUrl)).append("\" style=\"color:#0052cc;\">").append(Markup.escape(stop))
                .append("</a></p></div></body></html>");
        text.append("\n--\n").append(why).append("\n").append(stop).append(": ").append(stopUrl).append("\n");
        return new OutgoingMail(to.email(), subject, html.toString(), text.toString());
    }

    private <T> void section(StringBuilder html, StringBuilder text, String heading, List<T> items,
                             Function<T, String> detail, java.util.function.ToLongFunction<T> pageId,
                             Function<T, String> title) {
        if (items.isEmpty()) {
            return;
        }
        html.append("<h3 style=\"font-size:14px;margin:12px 0 4px;\">").append(Markup.escape(heading))
                .append("</h3><ul style=\"margin:0;padding-left:20px;\">");
        text.append("\n").append(heading).append("\n");
        for (T item : items) {
            String url = links.page(pageId.applyAsLong(item));
            html.append("<li style=\"margin:0 0 4px;\"><a href=\"").append(Markup.escape(url))
                    .append("\" style=\"color:#0052cc;\">").append(Markup.escape(title.apply(item))).append("</a>")
                    .append(" \u2014 ").append(Markup.escape(detail.apply(item))).append("</li>");
            text.append("- ").append(title.apply(item)).append(" \u2014 ").append(detail.apply(item)).append("\n  ")
                    .append(url).append("\n");
        }
        html.append("</ul>");
    }

    private static String dueLine(DueCountermeasure due, LocalDate today, DateTimeFormatter dates, Messages messages) {
        long days = ChronoUnit.DAYS.between(today, due.due());
        String when = days < 0
                ? messages.text("postmortems.digest.mail.overdue.days", dates.format(due.due()), -days)
                : messages.text("postmortems.digest.mail.due-soon.day", dates.format(due.due()));
        String issue = due.issueKey() == null ? "" : " (" + due.issueKey() + ")";
        return due.text() + issue + " \u00b7 " + when;
    }
}
