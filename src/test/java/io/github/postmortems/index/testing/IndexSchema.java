package io.github.postmortems.index.testing;

import io.github.postmortems.index.DraftedRowEntity;
import io.github.postmortems.index.IncidentPageEntity;
import io.github.postmortems.index.ReviewDecisionEntity;
import io.github.postmortems.index.ReviewStateEntity;
import io.github.postmortems.index.IssueCreationEntity;
import io.github.postmortems.index.ListGenerationEntity;
import io.github.postmortems.index.OwnerDueEntity;
import io.github.postmortems.index.PostmortemEntity;
import io.github.postmortems.index.TrackedIssueEntity;
import io.github.postmortems.index.WordingHintEntity;
import net.java.ao.RawEntity;

import java.util.List;

/** What the {@code <ao>} module declares: its namespace and entities (a schema test checks the descriptor agrees). */
public final class IndexSchema {

    public static final String NAMESPACE = "io.github.postmortems.confluence";

    public static final List<Class<? extends RawEntity<?>>> ENTITIES =
            List.of(TrackedIssueEntity.class, IssueCreationEntity.class, PostmortemEntity.class,
                    ListGenerationEntity.class, WordingHintEntity.class,
                    DraftedRowEntity.class, IncidentPageEntity.class, OwnerDueEntity.class, ReviewDecisionEntity.class,
                    ReviewStateEntity.class);

    private IndexSchema() {
    }
}
