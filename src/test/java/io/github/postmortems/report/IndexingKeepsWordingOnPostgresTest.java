package io.github.postmortems.report;

import io.github.postmortems.index.testing.TestDatabase;

class IndexingKeepsWordingOnPostgresTest extends IndexingKeepsWordingContract {

    @Override
    TestDatabase database() {
        return TestDatabase.postgres();
    }
}
