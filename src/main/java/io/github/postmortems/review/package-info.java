/**
 * Review, sign-off and follow-through (issue 16), as plain Java: who may approve a space's postmortems and how many
 * approvals each severity needs ({@link io.github.postmortems.review.ApprovalRules}), the review of one postmortem
 * moving through the lifecycle {@link io.github.postmortems.postmortem.PostmortemStatus} declares
 * ({@link io.github.postmortems.review.Review}), a countermeasure's life beyond Jira's Done
 * ({@link io.github.postmortems.review.CountermeasureState}) and a space's SLO for closing countermeasures
 * ({@link io.github.postmortems.review.SloPolicy}). {@link io.github.postmortems.review.ReviewSteps} takes one step of a
 * review: the page's Status cell and Approvals row in one new version, the step recorded
 * ({@link io.github.postmortems.review.ReviewStore}), the people it concerns told once
 * ({@link io.github.postmortems.review.ReviewNotices}), and at approval a snapshot of the countermeasures and numbers
 * ({@link io.github.postmortems.review.ApprovalSnapshot}). The adapters that store, show and notify are built on these.
 */
package io.github.postmortems.review;
