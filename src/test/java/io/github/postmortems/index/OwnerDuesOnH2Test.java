package io.github.postmortems.index;

import io.github.postmortems.index.testing.TestDatabase;

class OwnerDuesOnH2Test extends OwnerDuesContract {

    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}
