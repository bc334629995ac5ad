package io.github.postmortems.look;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the look tests need from the machine: Debian's Chromium and AUI from npm. Missing on a developer's machine,
 * the tests are skipped with a message that says how to get it; missing on CI (CI=true), they fail.
 */
public final class LookEnvironment {

    private static final Path DEFAULT_CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path AUI_DIST = Path.of("node_modules", "@atlassian", "aui", "dist", "aui");

    private LookEnvironment() {
    }

    /** The Chromium to drive: env CHROMIUM_BIN, else /usr/bin/chromium. */
    public static Path chromium() {
        String configured = System.getenv("CHROMIUM_BIN");
        Path executable = configured == null || configured.isBlank() ? DEFAULT_CHROMIUM : Path.of(configured);
        require(Files.isExecutable(executable), "no Chromium at " + executable
                + " (apt-get install -y chromium, or set CHROMIUM_BIN)");
        return executable;
    }

    /** AUI's built CSS (aui-prototyping.css and the design-token themes), installed by npm ci. */
    public static Path auiDist() {
        Path dist = projectDirectory().resolve(AUI_DIST);
        require(Files.isRegularFile(dist.resolve("aui-prototyping.css")), "no AUI under " + dist
                + " (run npm ci --no-audit --no-fund in " + projectDirectory() + ")");
        return dist;
    }

    /** Where Maven runs the build; surefire and failsafe set basedir, an IDE usually runs in it. */
    public static Path projectDirectory() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
    }

    public static Path targetDirectory() {
        return projectDirectory().resolve("target");
    }

    static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    private static void require(boolean present, String missing) {
        if (present) {
            return;
        }
        if (onCi()) {
            Assertions.fail("look tests cannot run on CI: " + missing);
        }
        // Surefire drops the reason of a class-level skip from its report; say it where the developer looks.
        System.err.println("look tests skipped: " + missing);
        Assumptions.abort("look tests skipped: " + missing);
    }
}
