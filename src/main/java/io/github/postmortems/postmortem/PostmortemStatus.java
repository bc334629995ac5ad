package io.github.postmortems.postmortem;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Where a postmortem is in its review lifecycle: Draft → In review → Approved → Published. */
public enum PostmortemStatus {
    DRAFT,
    IN_REVIEW,
    APPROVED,
    PUBLISHED;

    /** White space and hyphens, read as the underscore of the enum's names. */
    private static final Pattern SPACES_AND_HYPHENS = Pattern.compile("[\\s-]+");

    /** The statuses this one may move to. Going back one step is allowed while the document is not yet public. */
    public Set<PostmortemStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(IN_REVIEW);
            case IN_REVIEW -> Set.of(DRAFT, APPROVED);
            case APPROVED -> Set.of(IN_REVIEW, PUBLISHED);
            case PUBLISHED -> Set.of();
        };
    }

    public boolean canMoveTo(PostmortemStatus target) {
        return next().contains(target);
    }

    /** i18n key of the status' display name. */
    public String i18nKey() {
        return "postmortems.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Reads the enum name as people may type it in English ("in review", "In-Review"). */
    public static Optional<PostmortemStatus> fromCode(String typed) {
        String normal = SPACES_AND_HYPHENS.matcher(Text.fold(Text.withoutInvisibles(typed))).replaceAll("_")
                .toUpperCase(Locale.ROOT);
        for (PostmortemStatus status : values()) {
            if (status.name().equals(normal)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
