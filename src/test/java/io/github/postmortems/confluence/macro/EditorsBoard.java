package io.github.postmortems.confluence.macro;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.google.gson.JsonArray;
import io.github.postmortems.look.BrowserPage;
import io.github.postmortems.look.LookEnvironment;
import org.mockito.MockedStatic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.github.postmortems.confluence.macro.MacroFixture.body;
import static io.github.postmortems.confluence.macro.MacroFixture.display;
import static io.github.postmortems.confluence.macro.MacroFixture.sample;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

/**
 * The countermeasures board of the full sample page as it renders for someone who may edit the page, and a page for
 * the browser tests that puts it beside the board's script and the test's stand-ins for AJS and fetch.
 */
final class EditorsBoard {

    private static final Path FORMAT = Path.of("src/main/resources/js/postmortems-format.js");
    private static final Path SCRIPT = Path.of("src/main/resources/js/countermeasures-create.js");

    /**
     * AJS.I18n.getText as AUI defines it when Confluence's jsI18n transform has not replaced the call (a key in a
     * variable): the key itself, with no arguments filled in.
     */
    static final String AUI_GET_TEXT = """
            window.AJS = {I18n: {keys: {}, getText: function (key) {
              return Object.prototype.hasOwnProperty.call(this.keys, key) ? this.keys[key] : key; }}};
            """;

    private EditorsBoard() {
    }

    /** Every text on the page, the board's attributes aside, that looks like one of our i18n keys. */
    static List<String> keysShown(BrowserPage browser) {
        JsonArray found = browser.evaluate("document.body.innerText.match("
                + "/postmortems\\.[a-z0-9-]+\\.[a-z0-9.-]+/g) || []").getAsJsonArray();
        List<String> keys = new ArrayList<>();
        found.forEach(key -> keys.add(key.getAsString()));
        return keys;
    }

    static String render() {
        MacroFixture fixture = new MacroFixture();
        when(fixture.permissions.hasPermission(any(), any(), any())).thenReturn(true);
        String storage = sample("full-page.xml");
        try (MockedStatic<AuthenticatedUserThreadLocal> user = mockStatic(AuthenticatedUserThreadLocal.class)) {
            user.when(AuthenticatedUserThreadLocal::get).thenReturn(mock(ConfluenceUser.class));
            return fixture.countermeasuresMacro().execute(Map.of(), body(storage, "countermeasures"),
                    display(storage));
        }
    }

    /** target/look/{name}.html: the board, then the stand-ins, then the real script. */
    static Path page(String name, String board, String shims) throws IOException {
        Path page = LookEnvironment.targetDirectory().resolve("look/" + name + ".html");
        Files.createDirectories(page.getParent());
        Files.writeString(page, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>" + board
                + "<script>" + shims + "</script><script>" + Files.readString(FORMAT) + "</script><script>"
                + Files.readString(SCRIPT) + "</script></body></html>");
        return page;
    }
}
