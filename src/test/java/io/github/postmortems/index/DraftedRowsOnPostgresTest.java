package io.github.postmortems.index;

import io.github.postmortems.index.testing.TestDatabase;

class DraftedRowsOnPostgresTest extends DraftedRowsContract {

    @Override
    TestDatabase database() {
        return TestDatabase.postgres();
    }
}
