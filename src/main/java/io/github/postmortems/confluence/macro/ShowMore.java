package io.github.postmortems.confluence.macro;

/**
 * The list's "Show more" button: where the next rows come from and the texts the script shows.
 *
 * @param url     the rows endpoint with the list's parameters and the next offset; "" when no rows follow
 * @param failure what the script shows when the next rows could not be loaded
 */
public record ShowMore(String text, String url, String loading, String failure) {

    public static ShowMore none() {
        return new ShowMore("", "", "", "");
    }

    public boolean shown() {
        return !url.isEmpty();
    }
}
