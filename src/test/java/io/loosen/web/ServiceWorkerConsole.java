package io.loosen.web;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.CDPSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Runs a script inside the page's service worker through the DevTools protocol (Playwright for Java has no
 * service-worker handle): attaches to every running Loosen worker of the browser (a closed context's can
 * linger for a moment) and evaluates there, as its DevTools console would. The script's value says whether
 * it found what it looked for in that worker: the first that answers "ok" wins.
 */
final class ServiceWorkerConsole implements AutoCloseable {
    private static final int EVALUATE = 2;
    private final CDPSession browserSession;
    private final List<String> sessions;
    private final Map<String, CompletableFuture<JsonObject>> replies = new ConcurrentHashMap<>();

    private ServiceWorkerConsole(CDPSession browserSession, List<String> sessions) {
        this.browserSession = browserSession;
        this.sessions = sessions;
        sessions.forEach(s -> replies.put(s, new CompletableFuture<>()));
        browserSession.on("Target.receivedMessageFromTarget", event -> {
            JsonObject message = JsonParser.parseString(event.get("message").getAsString()).getAsJsonObject();
            var reply = replies.get(event.get("sessionId").getAsString());
            if (reply != null && message.has("id") && message.get("id").getAsInt() == EVALUATE) {
                reply.complete(message);
            }
        });
    }

    static ServiceWorkerConsole attach(Browser browser, String origin) {
        CDPSession cdp = browser.newBrowserCDPSession();
        List<String> sessions = new ArrayList<>();
        for (var t : cdp.send("Target.getTargets").getAsJsonArray("targetInfos")) {
            JsonObject info = t.getAsJsonObject();
            if (info.get("type").getAsString().equals("service_worker")
                    && info.get("url").getAsString().equals(origin + "/sw.js")) {
                JsonObject attach = new JsonObject();
                attach.addProperty("targetId", info.get("targetId").getAsString());
                attach.addProperty("flatten", false);
                sessions.add(cdp.send("Target.attachToTarget", attach).get("sessionId").getAsString());
            }
        }
        if (sessions.isEmpty()) {
            throw new IllegalStateException("no Loosen service worker is running");

        }
        return new ServiceWorkerConsole(cdp, sessions);
    }

    /** Evaluates {@code script} (a promise of "ok" when it did its work) in the workers; true if one did. */
    boolean evaluate(String script) {
        JsonObject params = new JsonObject();
        params.addProperty("expression", script);
        params.addProperty("awaitPromise", true);
        params.addProperty("returnByValue", true);
        JsonObject message = new JsonObject();
        message.addProperty("id", EVALUATE);
        message.addProperty("method", "Runtime.evaluate");
        message.add("params", params);
        for (String session : sessions) {
            send(session, "{\"id\": 1, \"method\": \"Runtime.runIfWaitingForDebugger\"}");
            send(session, message.toString());
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        for (String session : sessions) {
            // Playwright for Java hands over events only while its thread is inside a call: keep calling.
            while (!replies.get(session).isDone() && System.nanoTime() < deadline) {
                browserSession.send("Browser.getVersion");
            }
            try {
                JsonObject reply = replies.get(session).get(0, TimeUnit.SECONDS);
                JsonObject result = reply.has("result") ? reply.getAsJsonObject("result").getAsJsonObject("result") : null;
                if (result != null && result.has("value") && "ok".equals(result.get("value").getAsString())) {
                    return true;
                }
            } catch (Exception e) {
                // a worker that is stopping does not answer; try the next
            }
        }
        return false;
    }

    /**
     * A worker attached this way waits for its debugger before it runs anything (it said so with
     * Inspector.workerScriptLoaded); runIfWaitingForDebugger lets it go on at once.
     */
    private void send(String session, String message) {
        JsonObject send = new JsonObject();
        send.addProperty("sessionId", session);
        send.addProperty("message", message);
        browserSession.send("Target.sendMessageToTarget", send);
    }

    @Override
    public void close() {
        browserSession.detach();
    }
}
