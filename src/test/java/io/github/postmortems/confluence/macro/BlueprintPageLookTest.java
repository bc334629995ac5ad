package io.github.postmortems.confluence.macro;

import io.github.postmortems.blueprint.ContextProviderFixtures;
import io.github.postmortems.blueprint.PostmortemPage;
import io.github.postmortems.blueprint.TemplateRendering;
import io.github.postmortems.look.Browser;
import io.github.postmortems.look.LookPage;
import io.github.postmortems.postmortem.UserRef;
import io.github.postmortems.text.BundleMessages;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.MockedStatic;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static io.github.postmortems.confluence.macro.MacroFixture.display;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;

/**
 * A new postmortem as its first reader sees it once published untouched: the blueprint's page from the wizard's
 * sample values, each macro rendered by our macros, the editor's placeholders gone as Confluence drops them in view.
 */
class BlueprintPageLookTest {

    private static final Path STYLESHEET = Path.of("src/main/resources/css/postmortems-macros.css");

    @RegisterExtension
    static final Browser headless = Browser.withAui();
    private final MacroFixture fixture = new MacroFixture();

    @Test
    void aFreshPostmortemReadsWellBeforeAnyoneHasWrittenInIt() {
        String storage = TemplateRendering.render(PostmortemPage.variables(ContextProviderFixtures.sample(),
                Optional.of(new UserRef.ByUsername("jdoe")), BundleMessages.english()));

        String view;
        try (MockedStatic<AuthenticatedUserThreadLocal> user = mockStatic(AuthenticatedUserThreadLocal.class)) {
            user.when(AuthenticatedUserThreadLocal::get).thenReturn(mock(ConfluenceUser.class));
            view = view(storage);
        }

        assertEquals(3, Jsoup.parseBodyFragment(view).select("[data-macro-name]").size(), view);
        headless.look().assertLooksRight("blueprint-page", LookPage.titled("Postmortem: Checkout errors")
                .stylesheet(STYLESHEET).fragment(view));
    }

    /** Storage to what Confluence shows: our macros' output in place of each macro, placeholders and mentions as text. */
    private String view(String storage) {
        Document page = Jsoup.parse(storage, "", Parser.xmlParser());
        page.select("ac|placeholder").remove();
        for (Element macro : page.select("ac|structured-macro")) {
            String name = macro.attr("ac:name");
            String body = macro.selectFirst("ac|rich-text-body").html();
            String output = switch (name) {
                case "postmortem-details" -> fixture.detailsMacro().execute(Map.of(), body, display(storage));
                case "incident-timeline" -> fixture.timelineMacro().execute(Map.of(), body, display(storage));
                case "countermeasures" -> fixture.countermeasuresMacro().execute(Map.of(), body, display(storage));
                default -> throw new AssertionError("the template holds an unknown macro " + name);
            };
            macro.before(output);
            macro.remove();
        }
        for (Element link : page.select("ac|link")) {
            link.replaceWith(new org.jsoup.nodes.TextNode("@" + link.select("ri|user").attr("ri:username")));
        }
        return page.html();
    }
}
