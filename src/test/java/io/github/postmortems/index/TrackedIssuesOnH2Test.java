package io.github.postmortems.index;

import io.github.postmortems.index.testing.TestDatabase;

class TrackedIssuesOnH2Test extends TrackedIssuesContract {

    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}
