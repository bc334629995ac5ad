package io.github.postmortems.index;

import io.github.postmortems.index.testing.TestDatabase;

class WordingStoreOnH2Test extends WordingStoreContract {

    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}
