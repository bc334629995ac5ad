/**
 * A postmortem created by Jira Automation when an incident is resolved: one page per incident and space, drafted
 * from the incident as the caller, with the page the Create dialog would make for the same values. Plain Java.
 */
package io.github.postmortems.automation;
