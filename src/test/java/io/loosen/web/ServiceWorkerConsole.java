package io.loosen.web;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.CDPSession;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a script inside the page's service worker through the DevTools protocol (Playwright for Java has no
 * service-worker handle): attaches to the worker's target and evaluates there, as its DevTools console would.
 */
final class ServiceWorkerConsole implements AutoCloseable {
    private final CDPSession browserSession;
    private final String sessionId;
    private final CompletableFuture<String> reply = new CompletableFuture<>();

    private ServiceWorkerConsole(CDPSession browserSession, String sessionId) {
        this.browserSession = browserSession;
        this.sessionId = sessionId;
    }

    static ServiceWorkerConsole attach(Browser browser) {
        CDPSession cdp = browser.newBrowserCDPSession();
        JsonObject targets = cdp.send("Target.getTargets");
        String targetId = null;
        for (var t : targets.getAsJsonArray("targetInfos")) {
            JsonObject info = t.getAsJsonObject();
            if (info.get("type").getAsString().equals("service_worker")) {
                targetId = info.get("targetId").getAsString();
            }
        }
        if (targetId == null) {
            throw new IllegalStateException("no service worker is running: " + targets);
        }
        JsonObject attach = new JsonObject();
        attach.addProperty("targetId", targetId);
        attach.addProperty("flatten", false);
        String sessionId = cdp.send("Target.attachToTarget", attach).get("sessionId").getAsString();
        ServiceWorkerConsole console = new ServiceWorkerConsole(cdp, sessionId);
        cdp.on("Target.receivedMessageFromTarget", event -> console.reply.complete(event.get("message").getAsString()));
        return console;
    }

    /** Evaluates {@code script} in the worker and waits for it (and the promise it returns) to finish. */
    String evaluate(String script) {
        JsonObject params = new JsonObject();
        params.addProperty("expression", script);
        params.addProperty("awaitPromise", true);
        JsonObject message = new JsonObject();
        message.addProperty("id", 1);
        message.addProperty("method", "Runtime.evaluate");
        message.add("params", params);
        JsonObject send = new JsonObject();
        send.addProperty("sessionId", sessionId);
        send.addProperty("message", message.toString());
        browserSession.send("Target.sendMessageToTarget", send);
        try {
            return reply.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the service worker did not answer", e);
        }
    }

    @Override
    public void close() {
        browserSession.detach();
    }
}
