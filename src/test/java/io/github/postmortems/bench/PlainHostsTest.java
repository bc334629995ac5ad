package io.github.postmortems.bench;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.user.ConfluenceUser;
import io.github.postmortems.confluence.macro.MacroFixture;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;

/**
 * The benchmarks' plain host objects answer as the tests' mocks do: the typical page renders to the same HTML through
 * either, so what the benchmarks measure is what the tests check.
 */
class PlainHostsTest {

    @Test
    void theTypicalPageRendersAlikeWithPlainHostsAndWithMocks() {
        LargePostmortem postmortem = LargePostmortem.of(50, 20, 20261004L);
        String page = postmortem.pageStorage();
        ContentEntityObject entity = new PlainPage(page);
        try (SignedIn signedIn = SignedIn.as(mock(ConfluenceUser.class))) {
            assertEquals(view(new MacroFixture(), page, postmortem, entity),
                    view(MacroFixture.withPlainHosts(), page, postmortem, entity));
        }
    }

    private static String view(MacroFixture fixture, String page, LargePostmortem postmortem,
                               ContentEntityObject entity) {
        OneRender render = new OneRender(entity);
        return fixture.detailsMacro().execute(Map.of(), MacroFixture.body(page, "postmortem-details"), render)
                + fixture.timelineMacro().execute(Map.of(), postmortem.timelineViewBody(), render)
                + fixture.countermeasuresMacro().execute(Map.of(), MacroFixture.body(page, "countermeasures"), render);
    }
}
