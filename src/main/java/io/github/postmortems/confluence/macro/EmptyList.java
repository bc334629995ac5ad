package io.github.postmortems.confluence.macro;

/**
 * The one panel a list without postmortems shows: text only, escaped by the template.
 *
 * @param hint   the line under the panel's title: what will appear, or how to create one without the button
 * @param create Confluence's Create dialog on the postmortem blueprint; not linked when there is no space to create in
 */
public record EmptyList(String hint, Link create) {
}
