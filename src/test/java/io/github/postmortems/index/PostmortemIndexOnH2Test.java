package io.github.postmortems.index;

import io.github.postmortems.index.testing.TestDatabase;

class PostmortemIndexOnH2Test extends PostmortemIndexContract {

    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}
