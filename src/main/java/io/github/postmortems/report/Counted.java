package io.github.postmortems.report;

/**
 * A selection's numbers as counted by the index, with what keeps them exact across later writes.
 *
 * @param detect  around the middle of the times to detect; null when the index does not tell
 * @param resolve around the middle of the times to resolve; null when the index does not tell
 */
public record Counted(Statistics statistics, Middle detect, Middle resolve) {
}
