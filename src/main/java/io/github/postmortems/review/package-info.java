/**
 * Review, sign-off and follow-through (issue 16), as plain Java: who may approve a space's postmortems and how many
 * approvals each severity needs ({@link io.github.postmortems.review.ApprovalRules}), the review of one postmortem
 * moving through the lifecycle {@link io.github.postmortems.postmortem.PostmortemStatus} declares
 * ({@link io.github.postmortems.review.Review}), a countermeasure's life beyond Jira's Done
 * ({@link io.github.postmortems.review.CountermeasureState}) and a space's SLO for closing countermeasures
 * ({@link io.github.postmortems.review.SloPolicy}). The adapters that store, show and notify are built on these.
 */
package io.github.postmortems.review;
