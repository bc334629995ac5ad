package io.github.postmortems.confluence.admin;

/** What someone who is not an administrator sees instead of the settings, in their language. */
public record AdminRefusal(String title, String message) {
}
