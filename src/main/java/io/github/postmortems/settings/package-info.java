/**
 * The administrator's Jira settings as a form: what the admin page shows and sends back, its checks field by field
 * ({@link io.github.postmortems.settings.SettingsCheck}), and what Jira's webhook needs pasted into it
 * ({@link io.github.postmortems.settings.WebhookAddress}, {@link io.github.postmortems.settings.WebhookSecrets}).
 * Plain Java: the Confluence adapters in {@code confluence.admin} and {@code confluence.rest.admin} use it.
 */
package io.github.postmortems.settings;
