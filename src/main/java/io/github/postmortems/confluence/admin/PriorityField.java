package io.github.postmortems.confluence.admin;

/** A countermeasure priority (P1..P4) and the Jira priority name it maps to ("" for Jira's default). */
public record PriorityField(String code, String jiraName) {
}
