package io.github.postmortems.look;

import com.google.gson.JsonObject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * A headless Chromium of its own (fresh profile, DevTools on a free port) driven over the DevTools protocol. One per
 * test class: starting it costs about a second, a new page costs milliseconds. {@link #close()} ends the browser and
 * every process it started, and deletes its profile.
 */
public final class Chromium implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(5);

    /** The closed network refuses Chromium's own calls home; these flags keep it from trying. */
    private static final List<String> FLAGS = List.of(
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
            "--disable-dev-shm-usage", "--hide-scrollbars", "--remote-debugging-port=0");

    private final Process process;
    private final Path home;
    private final DevToolsConnection devTools;

    private Chromium(Process process, Path home, DevToolsConnection devTools) {
        this.process = process;
        this.home = home;
        this.devTools = devTools;
    }

    /** Starts the Chromium {@link LookEnvironment#chromium()} found; skips or fails the test when there is none. */
    public static Chromium launch() {
        return launch(LookEnvironment.chromium());
    }

    static Chromium launch(Path executable) {
        Path home = createTempDirectory();
        Path profile = home.resolve("profile");
        Path log = home.resolve("chromium.log");
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(FLAGS);
        command.add("--user-data-dir=" + profile);
        command.add("about:blank");
        Process process;
        try {
            Files.createDirectories(profile);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            // Chromium's crash handler detaches from the browser's process tree and keeps its database under
            // $XDG_CONFIG_HOME: in our directory, it stays out of ~/.config and close() can find it by that path.
            builder.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
            process = builder.start();
        } catch (IOException e) {
            deleteRecursively(home);
            throw new BrowserException("could not start " + executable, e);
        }
        try {
            URI endpoint = awaitDevToolsEndpoint(process, profile, log);
            return new Chromium(process, home, DevToolsConnection.open(endpoint, COMMAND_TIMEOUT));
        } catch (RuntimeException e) {
            List<ProcessHandle> helpers = process.descendants().toList();
            process.destroyForcibly();
            stop(process, helpers);
            deleteRecursively(home);
            throw e;
        }
    }

    /** A new tab with its own DevTools session, console and viewport. */
    public BrowserPage newPage() {
        JsonObject target = new JsonObject();
        target.addProperty("url", "about:blank");
        String targetId = devTools.call("Target.createTarget", target).get("targetId").getAsString();
        JsonObject attach = new JsonObject();
        attach.addProperty("targetId", targetId);
        attach.addProperty("flatten", true);
        String sessionId = devTools.call("Target.attachToTarget", attach).get("sessionId").getAsString();
        return BrowserPage.attached(devTools, targetId, sessionId);
    }

    @Override
    public void close() {
        // Taken before the browser exits: afterwards its helpers can no longer be found through it.
        List<ProcessHandle> helpers = process.descendants().toList();
        List<ProcessHandle> detached = detachedHelpers();
        try {
            if (devTools.isOpen()) {
                devTools.call("Browser.close", new JsonObject());
            }
        } catch (BrowserException alreadyGone) {
            // Browser.close may lose its answer as the browser exits; stop() below ends it either way.
        } finally {
            devTools.close();
            stop(process, helpers);
            // The crash handler exits with the browser; this ends one that did not. Its parent (init) reaps it.
            detached.forEach(ProcessHandle::destroyForcibly);
            deleteRecursively(home);
        }
    }

    /** Processes of this Chromium that are not the browser's descendants: they name our directory. */
    private List<ProcessHandle> detachedHelpers() {
        String directory = home.toString();
        List<ProcessHandle> descendants = process.descendants().toList();
        return ProcessHandle.allProcesses()
                .filter(other -> other.pid() != process.pid() && !descendants.contains(other))
                .filter(other -> other.info().commandLine().orElse("").contains(directory))
                .toList();
    }

    /** Chromium writes "port\npath" to DevToolsActivePort once it listens. */
    private static URI awaitDevToolsEndpoint(Process process, Path profile, Path log) {
        Path activePort = profile.resolve("DevToolsActivePort");
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new BrowserException("Chromium exited with " + process.exitValue() + " before it listened:\n"
                        + tail(log));
            }
            try {
                List<String> lines = Files.exists(activePort)
                        ? Files.readAllLines(activePort, StandardCharsets.UTF_8) : List.of();
                if (lines.size() >= 2 && !lines.get(1).isBlank()) {
                    return URI.create("ws://127.0.0.1:" + lines.get(0).trim() + lines.get(1).trim());
                }
                Thread.sleep(25);
            } catch (IOException e) {
                // Read while Chromium was still writing it: try again.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BrowserException("interrupted while Chromium started", e);
            }
        }
        throw new BrowserException("Chromium did not listen for DevTools within " + START_TIMEOUT + ":\n" + tail(log));
    }

    /**
     * Ends the browser and its helpers (renderer, GPU, zygote): waits for a browser that was asked to close, kills one
     * that was not or did not listen, then kills any helper left, and waits for each so none is left behind.
     */
    private static void stop(Process process, List<ProcessHandle> helpers) {
        try {
            if (!process.waitFor(EXIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
            for (ProcessHandle helper : helpers) {
                helper.destroyForcibly();
            }
            if (!process.waitFor(EXIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new BrowserException("Chromium (pid " + process.pid() + ") did not exit");
            }
            for (ProcessHandle helper : helpers) {
                helper.onExit().get(EXIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        } catch (ExecutionException | TimeoutException e) {
            throw new BrowserException("Chromium's helper processes did not exit", e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static Path createTempDirectory() {
        try {
            return Files.createTempDirectory("postmortems-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete Chromium's profile " + directory, e);
        }
    }
}
