package io.github.postmortems.look;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One headless Chromium per test class, started before its first test and closed after its last:
 * {@code @RegisterExtension static final Browser headless = Browser.withAui();}. Without Chromium (or AUI, when
 * asked for) the class is skipped, or fails under {@code CI=true}, as {@link LookEnvironment} decides.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback {

    private final boolean aui;
    private Chromium chromium;
    private LookCheck look;

    private Browser(boolean aui) {
        this.aui = aui;
    }

    /** For look tests: AUI's CSS from npm must be there too. */
    public static Browser withAui() {
        return new Browser(true);
    }

    /** For scripts run in a page without AUI. */
    public static Browser plain() {
        return new Browser(false);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (aui) {
            LookEnvironment.auiDist();
        } else {
            LookEnvironment.chromium();
        }
        chromium = Chromium.launch();
        look = new LookCheck(chromium);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    public Chromium chromium() {
        return chromium;
    }

    public LookCheck look() {
        return look;
    }
}
