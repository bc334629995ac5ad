package io.github.postmortems.index;

import io.github.postmortems.index.testing.TestDatabase;

class TrackedIssuesOnPostgresTest extends TrackedIssuesContract {

    @Override
    TestDatabase database() {
        return TestDatabase.postgres();
    }
}
