package io.github.postmortems.index;

import io.github.postmortems.index.testing.TestDatabase;

class IncidentPagesOnH2Test extends IncidentPagesContract {

    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}
