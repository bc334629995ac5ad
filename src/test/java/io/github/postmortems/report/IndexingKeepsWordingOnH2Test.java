package io.github.postmortems.report;

import io.github.postmortems.index.testing.TestDatabase;

class IndexingKeepsWordingOnH2Test extends IndexingKeepsWordingContract {

    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}
