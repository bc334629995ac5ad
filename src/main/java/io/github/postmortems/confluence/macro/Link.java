package io.github.postmortems.confluence.macro;

/**
 * A value to show, perhaps linked, perhaps with more on hover. Text only: templates escape it.
 *
 * @param text  what to show
 * @param href  where it links to; "" for plain text
 * @param hint  shown on hover (title attribute); "" for none
 * @param css   class names: "pm-not-set" for a muted empty value, "confluence-userlink user-mention" for people
 */
public record Link(String text, String href, String hint, String css) {

    public Link {
        text = text == null ? "" : text;
        href = href == null ? "" : href;
        hint = hint == null ? "" : hint;
        css = css == null ? "" : css;
    }

    public static Link text(String text) {
        return new Link(text, "", "", "");
    }

    public static Link notSet(Viewer viewer) {
        return new Link(viewer.text("postmortems.common.value.not-set"), "", "", "pm-not-set");
    }

    public Link withText(String other) {
        return new Link(other, href, hint, css);
    }

    public boolean linked() {
        return !href.isEmpty();
    }
}
