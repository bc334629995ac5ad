package io.github.postmortems.look;

/**
 * Something wider than its room at the look width: the document itself (a horizontal scroll bar) or an element in
 * {@code #main-content} whose right edge passes the content box's.
 *
 * @param element "document", or the element's path below #main-content ("div.card > table > tr > td")
 * @param right   where it ends, in CSS pixels from the left of the page
 * @param limit   where it had to end
 */
public record Overflow(String element, double right, double limit) {

    @Override
    public String toString() {
        return element + " ends at " + Math.round(right) + " px, past " + Math.round(limit) + " px";
    }
}
