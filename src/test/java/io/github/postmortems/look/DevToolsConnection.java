package io.github.postmortems.look;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One WebSocket to Chromium's browser endpoint, speaking the DevTools protocol: numbered commands with a bounded wait
 * for their answer, and events handed to the listener of the session (page) they belong to.
 */
final class DevToolsConnection implements AutoCloseable {

    private static final String BROWSER_SESSION = "";

    private final WebSocket socket;
    private final Duration commandTimeout;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    private final Map<String, Consumer<JsonObject>> listeners = new ConcurrentHashMap<>();
    private final CompletableFuture<Void> closed = new CompletableFuture<>();

    private DevToolsConnection(URI endpoint, Duration commandTimeout) {
        this.commandTimeout = commandTimeout;
        this.socket = HttpClient.newBuilder()
                .connectTimeout(commandTimeout)
                .build()
                .newWebSocketBuilder()
                .connectTimeout(commandTimeout)
                .buildAsync(endpoint, new Receiver())
                .orTimeout(commandTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .join();
    }

    static DevToolsConnection open(URI endpoint, Duration commandTimeout) {
        return new DevToolsConnection(endpoint, commandTimeout);
    }

    JsonObject call(String method, JsonObject params) {
        return call(BROWSER_SESSION, method, params);
    }

    /** Sends a command and waits for its result; a protocol error or a late answer fails the test. */
    JsonObject call(String sessionId, String method, JsonObject params) {
        int id = ids.incrementAndGet();
        JsonObject message = new JsonObject();
        message.addProperty("id", id);
        message.addProperty("method", method);
        message.add("params", params);
        if (!sessionId.isEmpty()) {
            message.addProperty("sessionId", sessionId);
        }
        CompletableFuture<JsonObject> answer = new CompletableFuture<>();
        pending.put(id, answer);
        try {
            synchronized (socket) {
                // java.net.http.WebSocket allows one outstanding send at a time.
                socket.sendText(message.toString(), true).get(commandTimeout.toMillis(), TimeUnit.MILLISECONDS);
            }
            JsonObject response = answer.get(commandTimeout.toMillis(), TimeUnit.MILLISECONDS);
            if (response.has("error")) {
                throw new BrowserException(method + " failed: " + response.get("error"));
            }
            return response.has("result") ? response.getAsJsonObject("result") : new JsonObject();
        } catch (TimeoutException e) {
            throw new BrowserException(method + " got no answer within " + commandTimeout, e);
        } catch (ExecutionException e) {
            throw new BrowserException(method + " failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrowserException(method + " interrupted", e);
        } finally {
            pending.remove(id);
        }
    }

    void listen(String sessionId, Consumer<JsonObject> listener) {
        listeners.put(sessionId, listener);
    }

    void forget(String sessionId) {
        listeners.remove(sessionId);
    }

    boolean isOpen() {
        return !closed.isDone();
    }

    /** Abrupt on purpose: it follows Browser.close, so there is nobody left to say goodbye to. */
    @Override
    public void close() {
        socket.abort();
        failPending(new BrowserException("the DevTools connection was closed"));
    }

    private void dispatch(String text) {
        JsonObject message = JsonParser.parseString(text).getAsJsonObject();
        if (message.has("id")) {
            CompletableFuture<JsonObject> answer = pending.get(message.get("id").getAsInt());
            if (answer != null) {
                answer.complete(message);
            }
            return;
        }
        String sessionId = message.has("sessionId") ? message.get("sessionId").getAsString() : BROWSER_SESSION;
        Consumer<JsonObject> listener = listeners.get(sessionId);
        if (listener != null) {
            listener.accept(message);
        }
    }

    private void failPending(BrowserException failure) {
        closed.complete(null);
        pending.values().forEach(answer -> answer.completeExceptionally(failure));
    }

    private final class Receiver implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                dispatch(text);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            failPending(new BrowserException("Chromium closed the DevTools connection: " + statusCode + " " + reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            failPending(new BrowserException("the DevTools connection failed: " + error));
        }
    }
}
