package io.github.postmortems.index;

import io.github.postmortems.index.testing.TestDatabase;

class IncidentPagesOnPostgresTest extends IncidentPagesContract {

    @Override
    TestDatabase database() {
        return TestDatabase.postgres();
    }
}
