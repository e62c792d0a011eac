package io.loosen.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.ExceptionHandler;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.security.RouteRole;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsExceptionHandler;
import io.javalin.websocket.WsHandlerType;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Javalin's routes, with every GET route answering HEAD too, through the same handler.
 *
 * <p>Left to itself, Javalin answers a HEAD request for any path with a GET route by 200 and an empty
 * {@code text/plain} body, without running the handler: a missing file or an unknown exercise said 200,
 * with none of the headers its GET would send. HTTP asks HEAD to answer exactly as GET does, without the
 * body, which Jetty leaves out.
 */
final class RoutesWithHead implements JavalinDefaultRoutingApi {
    private final RoutesConfig routes;

    RoutesWithHead(RoutesConfig routes) {
        this.routes = routes;
    }

    @Override
    public JavalinDefaultRoutingApi addEndpoint(Endpoint endpoint) {
        routes.addEndpoint(endpoint);
        if (endpoint.method == HandlerType.GET) {
            routes.addEndpoint(new Endpoint(HandlerType.HEAD, endpoint.path, endpoint.handler, Set.of()));
        }
        return this;
    }

    @Override
    public <E extends Exception> JavalinDefaultRoutingApi exception(Class<E> type, ExceptionHandler<? super E> handler) {
        routes.exception(type, handler);
        return this;
    }

    @Override
    public JavalinDefaultRoutingApi error(int status, String contentType, Handler handler) {
        routes.error(status, contentType, handler);
        return this;
    }

    @Override
    public <E extends Exception> JavalinDefaultRoutingApi wsException(Class<E> type, WsExceptionHandler<? super E> handler) {
        routes.wsException(type, handler);
        return this;
    }

    @Override
    public JavalinDefaultRoutingApi addWsHandler(WsHandlerType type, String path, Consumer<WsConfig> ws, RouteRole... roles) {
        routes.addWsHandler(type, path, ws, roles);
        return this;
    }
}
