package io.github.postmortems.confluence.macro;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import io.github.postmortems.look.LookEnvironment;
import org.mockito.MockedStatic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private static final Path SCRIPT = Path.of("src/main/resources/js/countermeasures-create.js");

    private EditorsBoard() {
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
                + "<script>" + shims + "</script><script>" + Files.readString(SCRIPT) + "</script></body></html>");
        return page;
    }
}
