package io.github.postmortems.look;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One tab of a {@link Chromium}: open a page, size and theme the viewport, read what the console said, evaluate
 * JavaScript and take full-page screenshots. Console problems are collected from the moment the page is created.
 */
public final class BrowserPage implements AutoCloseable {

    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(15);

    private final DevToolsConnection devTools;
    private final String targetId;
    private final String sessionId;
    private final List<ConsoleProblem> problems = new ArrayList<>();
    /** Keyed by the loader Page.navigate names, so a late load event of an earlier page cannot be mistaken. */
    private final Map<String, CompletableFuture<Void>> loads = new ConcurrentHashMap<>();

    private BrowserPage(DevToolsConnection devTools, String targetId, String sessionId) {
        this.devTools = devTools;
        this.targetId = targetId;
        this.sessionId = sessionId;
    }

    static BrowserPage attached(DevToolsConnection devTools, String targetId, String sessionId) {
        BrowserPage page = new BrowserPage(devTools, targetId, sessionId);
        devTools.listen(sessionId, page::onEvent);
        page.call("Page.enable", new JsonObject());
        page.call("Runtime.enable", new JsonObject());
        page.call("Log.enable", new JsonObject());
        JsonObject lifecycle = new JsonObject();
        lifecycle.addProperty("enabled", true);
        page.call("Page.setLifecycleEventsEnabled", lifecycle);
        return page;
    }

    /** Sets the layout viewport; the screenshot's width is this width unless the page overflows it. */
    public BrowserPage viewport(int width, int height) {
        JsonObject metrics = new JsonObject();
        metrics.addProperty("width", width);
        metrics.addProperty("height", height);
        metrics.addProperty("deviceScaleFactor", 1);
        metrics.addProperty("mobile", false);
        call("Emulation.setDeviceMetricsOverride", metrics);
        return this;
    }

    /** Emulates the operating system's light or dark preference ({@code prefers-color-scheme}). */
    public BrowserPage prefersColorScheme(String scheme) {
        JsonObject feature = new JsonObject();
        feature.addProperty("name", "prefers-color-scheme");
        feature.addProperty("value", scheme);
        JsonArray features = new JsonArray();
        features.add(feature);
        JsonObject media = new JsonObject();
        media.add("features", features);
        call("Emulation.setEmulatedMedia", media);
        return this;
    }

    public BrowserPage open(Path file) {
        return open(file.toAbsolutePath().toUri());
    }

    /** Navigates and waits for the load event and for web fonts, so that the layout is final. */
    public BrowserPage open(URI url) {
        synchronized (this) {
            problems.clear();
        }
        JsonObject navigate = new JsonObject();
        navigate.addProperty("url", url.toString());
        JsonObject result = call("Page.navigate", navigate);
        if (result.has("errorText")) {
            throw new BrowserException("could not open " + url + ": " + result.get("errorText").getAsString());
        }
        CompletableFuture<Void> loaded = load(result.get("loaderId").getAsString());
        try {
            loaded.get(LOAD_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new BrowserException(url + " did not load within " + LOAD_TIMEOUT, e);
        } catch (ExecutionException e) {
            throw new BrowserException(url + " did not load", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrowserException("interrupted while " + url + " loaded", e);
        } finally {
            loads.clear();
        }
        evaluate("document.fonts.ready.then(() => true)");
        return this;
    }

    /**
     * Evaluates an expression (a promise is awaited) and returns its value as JSON; an exception in the script fails
     * the test with its message.
     */
    public JsonElement evaluate(String expression) {
        JsonObject params = new JsonObject();
        params.addProperty("expression", expression);
        params.addProperty("returnByValue", true);
        params.addProperty("awaitPromise", true);
        JsonObject result = call("Runtime.evaluate", params);
        if (result.has("exceptionDetails")) {
            throw new BrowserException("script failed: " + describe(result.getAsJsonObject("exceptionDetails")));
        }
        JsonObject value = result.getAsJsonObject("result");
        return value.has("value") ? value.get("value") : JsonNull.INSTANCE;
    }

    /** A PNG of the whole document, beyond the viewport: its full height and, if it overflows, its full width. */
    public byte[] screenshot() {
        JsonObject size = evaluate("({width: Math.max(document.documentElement.scrollWidth, innerWidth),"
                + " height: Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)})")
                .getAsJsonObject();
        JsonObject clip = new JsonObject();
        clip.addProperty("x", 0);
        clip.addProperty("y", 0);
        clip.add("width", size.get("width"));
        clip.add("height", size.get("height"));
        clip.addProperty("scale", 1);
        JsonObject params = new JsonObject();
        params.addProperty("format", "png");
        params.addProperty("captureBeyondViewport", true);
        params.add("clip", clip);
        String data = call("Page.captureScreenshot", params).get("data").getAsString();
        return Base64.getDecoder().decode(data);
    }

    /** Console errors and warnings, uncaught exceptions and failed loads since the last {@link #open}. */
    public synchronized List<ConsoleProblem> problems() {
        return List.copyOf(problems);
    }

    @Override
    public void close() {
        devTools.forget(sessionId);
        JsonObject target = new JsonObject();
        target.addProperty("targetId", targetId);
        devTools.call("Target.closeTarget", target);
    }

    private CompletableFuture<Void> load(String loaderId) {
        return loads.computeIfAbsent(loaderId, id -> new CompletableFuture<>());
    }

    private JsonObject call(String method, JsonObject params) {
        return devTools.call(sessionId, method, params);
    }

    /** Runs on the connection's thread: record and signal only, never call back into Chromium from here. */
    private synchronized void onEvent(JsonObject event) {
        String method = event.get("method").getAsString();
        JsonObject params = event.getAsJsonObject("params");
        switch (method) {
            case "Page.lifecycleEvent" -> {
                if (params.get("name").getAsString().equals("load")) {
                    load(params.get("loaderId").getAsString()).complete(null);
                }
            }
            case "Runtime.consoleAPICalled" -> consoleCalled(params);
            case "Runtime.exceptionThrown" -> problems.add(new ConsoleProblem(ConsoleProblem.Kind.EXCEPTION,
                    "error", describe(params.getAsJsonObject("exceptionDetails")), ""));
            case "Log.entryAdded" -> logged(params.getAsJsonObject("entry"));
            default -> { }
        }
    }

    private void consoleCalled(JsonObject params) {
        String type = params.get("type").getAsString();
        String level = switch (type) {
            case "error", "assert" -> "error";
            case "warning" -> "warning";
            default -> "";
        };
        if (level.isEmpty()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        for (JsonElement argument : params.getAsJsonArray("args")) {
            JsonObject remote = argument.getAsJsonObject();
            parts.add(remote.has("value") ? remote.get("value").getAsString()
                    : remote.has("description") ? remote.get("description").getAsString()
                    : remote.get("type").getAsString());
        }
        problems.add(new ConsoleProblem(ConsoleProblem.Kind.CONSOLE, level, String.join(" ", parts),
                stackSource(params)));
    }

    private void logged(JsonObject entry) {
        String level = entry.get("level").getAsString();
        if (!level.equals("error") && !level.equals("warning")) {
            return;
        }
        String source = entry.has("url") ? entry.get("url").getAsString() : "";
        problems.add(new ConsoleProblem(ConsoleProblem.Kind.LOG, level,
                entry.get("source").getAsString() + ": " + entry.get("text").getAsString(), source));
    }

    private static String stackSource(JsonObject params) {
        if (!params.has("stackTrace")) {
            return "";
        }
        JsonArray frames = params.getAsJsonObject("stackTrace").getAsJsonArray("callFrames");
        if (frames.isEmpty()) {
            return "";
        }
        JsonObject top = frames.get(0).getAsJsonObject();
        return top.get("url").getAsString() + ":" + (top.get("lineNumber").getAsInt() + 1);
    }

    private static String describe(JsonObject details) {
        if (details.has("exception") && details.getAsJsonObject("exception").has("description")) {
            return details.getAsJsonObject("exception").get("description").getAsString();
        }
        return details.get("text").getAsString();
    }
}
