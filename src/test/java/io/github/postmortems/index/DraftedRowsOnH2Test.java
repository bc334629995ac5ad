package io.github.postmortems.index;

import io.github.postmortems.index.testing.TestDatabase;

class DraftedRowsOnH2Test extends DraftedRowsContract {

    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}
