package io.github.postmortems.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.mockito.Mockito.when;

class RenderedPageTest {

    private static final String STORAGE = "<p>the page</p>";

    private final List<String> read = new ArrayList<>();
    /** Counts each time the storage is actually read, and answers with what it read. */
    private final Function<String, String> reading = storage -> {
        read.add(storage);
        return "read " + read.size();
    };

    @Test
    void theSecondAskOfOneRenderIsAnsweredWithoutReadingAgain() {
        ConversionContext render = MacroFixture.render(STORAGE);
        String first = RenderedPage.of(render).read("details", reading);
        assertSame(first, RenderedPage.of(render).read("details", reading));
        assertEquals(List.of(STORAGE), read);
    }

    @Test
    void anotherQuestionIsReadOnItsOwn() {
        ConversionContext render = MacroFixture.render(STORAGE);
        RenderedPage.of(render).read("details in UTC", reading);
        RenderedPage.of(render).read("details in Berlin", reading);
        assertEquals(2, read.size());
    }

    @Test
    void anotherRenderReadsAgain() {
        RenderedPage.of(MacroFixture.render(STORAGE)).read("details", reading);
        RenderedPage.of(MacroFixture.render(STORAGE)).read("details", reading);
        assertEquals(2, read.size());
    }

    @Test
    void aNewVersionOfThePageInTheSameRenderIsReadAgain() {
        ConversionContext render = MacroFixture.render(STORAGE);
        RenderedPage.of(render).read("details", reading);
        when(render.getEntity().getVersion()).thenReturn(4);
        RenderedPage.of(render).read("details", reading);
        assertEquals(2, read.size());
    }

    @Test
    void anEditedButUnsavedBodyIsReadAgainEvenWithTheSameVersion() {
        ConversionContext render = MacroFixture.render(STORAGE);
        RenderedPage.of(render).read("details", reading);
        when(render.getEntity().getBodyAsString()).thenReturn("<p>the page, edited</p>");
        assertEquals("read 2", RenderedPage.of(render).read("details", reading));
        assertEquals(List.of(STORAGE, "<p>the page, edited</p>"), read);
    }

    @Test
    void equalTextInAnotherStringIsNeverTakenForTheStorageReadBefore() {
        ConversionContext render = MacroFixture.render(STORAGE);
        RenderedPage.of(render).read("details", reading);
        when(render.getEntity().getBodyAsString()).thenReturn(new String(STORAGE.toCharArray()));
        RenderedPage.of(render).read("details", reading);
        assertEquals(2, read.size());
    }

    @Test
    void anotherPageInTheSameRenderIsReadAgain() {
        ConversionContext render = MacroFixture.render(STORAGE);
        RenderedPage.of(render).read("details", reading);
        when(render.getEntity().getId()).thenReturn(7L);
        RenderedPage.of(render).read("details", reading);
        assertEquals(2, read.size());
    }

    @Test
    void keepsAtMostItsBoundOfReadingsPerRenderDroppingTheOldest() {
        ConversionContext render = MacroFixture.render(STORAGE);
        for (int question = 0; question <= RenderedPage.MAX_KEPT; question++) {
            RenderedPage.of(render).read(question, reading);
        }
        RenderedPage.of(render).read(RenderedPage.MAX_KEPT, reading);
        assertEquals(RenderedPage.MAX_KEPT + 1, read.size(), "the newest is still kept");
        RenderedPage.of(render).read(0, reading);
        assertEquals(RenderedPage.MAX_KEPT + 2, read.size(), "the oldest was dropped");
    }

    @Test
    void aPropertyOfTheSameNameSetBySomeoneElseIsLeftAloneAndEveryAskReads() {
        ConversionContext render = MacroFixture.render(STORAGE);
        render.setProperty(RenderedPage.PROPERTY, "someone else's");
        RenderedPage.of(render).read("details", reading);
        RenderedPage.of(render).read("details", reading);
        assertEquals(2, read.size());
        assertEquals("someone else's", render.getProperty(RenderedPage.PROPERTY));
    }

    @Test
    void aContextThatKeepsNoPropertiesReadsOnEveryAsk() {
        ConversionContext render = MacroFixture.display(STORAGE);
        RenderedPage.of(render).read("details", reading);
        RenderedPage.of(render).read("details", reading);
        assertEquals(2, read.size());
    }

    @Test
    void withoutARenderToShareWithEveryAskReads() {
        RenderedPage page = RenderedPage.unshared(MacroFixture.render(STORAGE).getEntity());
        page.read("details", reading);
        page.read("details", reading);
        assertEquals(2, read.size());
    }

    @Test
    void aPreviewWithoutAPageReadsAnEmptyStorage() {
        assertEquals("read 1", RenderedPage.of(null).read("details", reading));
        assertEquals(List.of(""), read);
    }

    @Test
    void anAnswerKeptByOneMacroIsWhatTheNextOneReadsWithoutReading() {
        ConversionContext render = MacroFixture.render(STORAGE);
        RenderedPage.of(render).keep("details", "kept by the card");
        assertEquals("kept by the card", RenderedPage.of(render).read("details", reading));
        assertEquals(List.of(), read);
    }

    @Test
    void aKeptAnswerReplacesNoneReadBeforeIt() {
        ConversionContext render = MacroFixture.render(STORAGE);
        String first = RenderedPage.of(render).read("details", reading);
        RenderedPage.of(render).keep("details", "kept later");
        assertEquals(first, RenderedPage.of(render).read("details", reading));
    }

    /** Without a render to share with (a page read on its own) keeping is a no-op, and the page is read. */
    @Test
    void keepingWithoutARenderToShareWithIsANoOp() {
        RenderedPage page = RenderedPage.unshared(MacroFixture.render(STORAGE).getEntity());
        page.keep("details", "kept"); // no context to keep it in: must not fail
        assertEquals("read 1", page.read("details", reading));
        assertEquals(List.of(STORAGE), read);
    }
}
