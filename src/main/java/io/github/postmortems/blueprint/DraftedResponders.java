package io.github.postmortems.blueprint;

import io.github.postmortems.postmortem.UserRef;
import io.github.postmortems.text.Messages;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The responders "Fill from Jira" suggests (the incident's assignee, reporter and comment authors), as the Create
 * dialog sends them in one hidden form field ({@link #FORM_NAME}): their Jira usernames, one per line. The page's
 * Responders line mentions each of them (Confluence links a username it knows, and shows the name as typed
 * otherwise); with none, the line keeps its hint. The field is the creator's own input, checked like it.
 */
public final class DraftedResponders {

    public static final String FORM_NAME = "draftedResponders";
    /** More people than responded to any incident: a longer list is not what the dialog sends. */
    public static final int MAX_PEOPLE = 50;
    static final int MAX_USERNAME = 255;
    private static final int MAX_FIELD = MAX_PEOPLE * (MAX_USERNAME + 1);
    static final String HINT_KEY = "postmortems.blueprint.template.responders.people.guidance";

    private DraftedResponders() {
    }

    /**
     * The usernames the field names, each once, in order; none for an absent or blank field. Empty (refused) when it
     * is longer than the dialog sends, names more than {@link #MAX_PEOPLE}, or holds a name no Jira user could have.
     */
    public static Optional<List<String>> decode(String field) {
        if (field == null || field.isBlank()) {
            return Optional.of(List.of());
        }
        if (field.length() > MAX_FIELD) {
            return Optional.empty();
        }
        Set<String> names = new LinkedHashSet<>();
        for (String line : field.split("\n", -1)) {
            String name = line.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (name.length() > MAX_USERNAME || !printable(name)) {
                return Optional.empty();
            }
            names.add(name);
        }
        return names.size() > MAX_PEOPLE ? Optional.empty() : Optional.of(List.copyOf(names));
    }

    /** The Responders line's value: each person mentioned, or the hint of what to type there. */
    public static String xhtml(List<String> usernames, Messages messages) {
        if (usernames.isEmpty()) {
            return StorageMarkup.placeholder(messages.text(HINT_KEY));
        }
        List<String> mentions = new ArrayList<>();
        for (String username : usernames) {
            mentions.add(StorageMarkup.mention(new UserRef.ByUsername(username)));
        }
        return String.join(", ", mentions);
    }

    private static boolean printable(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (Character.isISOControl(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
