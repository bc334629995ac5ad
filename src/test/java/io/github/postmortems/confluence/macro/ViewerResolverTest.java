package io.github.postmortems.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import io.github.postmortems.text.BundleMessages;
import io.github.postmortems.text.Messages;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.mockito.Mockito.when;

/**
 * The macros of one render share one viewer, and with it the texts it has worded; another render has its own, and
 * shares only the labels readers of its language were given.
 */
class ViewerResolverTest {

    private final List<String> asked = new ArrayList<>();
    private final Messages english = BundleMessages.english();
    private final Messages counting = new Messages() {
        @Override
        public String text(String key, Object... args) {
            asked.add(key);
            return english.text(key, args);
        }

        @Override
        public String pattern(String key) {
            return english.pattern(key);
        }
    };
    private final ViewerResolver viewers = new MacroFixture(counting).viewers();

    @Test
    void theMacrosOfOneRenderShareItsViewerAndItsTexts() {
        ConversionContext render = MacroFixture.render("<p>page</p>");
        Viewer card = viewers.viewerOf(render);
        card.text("postmortems.details.field.start");
        Viewer timeline = viewers.viewerOf(render);
        timeline.text("postmortems.details.field.start");

        assertSame(card, timeline);
        assertEquals(List.of("postmortems.common.locale", "postmortems.details.field.start"), asked);
    }

    @Test
    void anotherRenderAsksOnlyForTheLanguageAndTextsWithArguments() {
        for (int view = 0; view < 3; view++) {
            Viewer viewer = viewers.viewerOf(MacroFixture.render("<p>page</p>"));
            assertEquals("Start", viewer.text("postmortems.details.field.start"));
            viewer.text("postmortems.common.duration.seconds", 56);
        }
        assertEquals(List.of("postmortems.common.locale", "postmortems.details.field.start",
                "postmortems.common.duration.seconds", "postmortems.common.locale",
                "postmortems.common.duration.seconds", "postmortems.common.locale",
                "postmortems.common.duration.seconds"), asked);
    }

    @Test
    void anotherRenderHasAViewerOfItsOwn() {
        assertNotSame(viewers.viewerOf(MacroFixture.render("<p>page</p>")),
                viewers.viewerOf(MacroFixture.render("<p>page</p>")));
        assertNotSame(viewers.viewerOf(null), viewers.viewerOf(null));
    }

    @Test
    void aPropertyTakenBySomethingElseIsLeftAloneAndEachMacroWorksItsViewerOut() {
        ConversionContext render = MacroFixture.render("<p>page</p>");
        when(render.getProperty(ViewerResolver.PROPERTY)).thenReturn("another plugin's");

        assertNotSame(viewers.viewerOf(render), viewers.viewerOf(render));
        assertEquals("another plugin's", render.getProperty(ViewerResolver.PROPERTY));
    }
}
