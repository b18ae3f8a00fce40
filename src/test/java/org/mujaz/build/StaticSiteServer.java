package org.mujaz.build;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Serves a built site on a loopback port the way a plain web server would: folders answer with index.html. */
final class StaticSiteServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "xml", "application/xml; charset=utf-8", "json", "application/json; charset=utf-8",
            "woff2", "font/woff2", "txt", "text/plain; charset=utf-8", "pdf", "application/pdf");

    private final HttpServer server;

    StaticSiteServer(Path root) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            Path file = root.resolve(path.substring(1)).normalize();
            if (Files.isDirectory(file)) file = file.resolve("index.html");
            byte[] body;
            int status = 200;
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                status = 404;
                body = "not found".getBytes();
            } else {
                body = Files.readAllBytes(file);
                String name = file.getFileName().toString();
                exchange.getResponseHeaders().add("Content-Type", TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream"));
            }
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    String url(String path) { return "http://127.0.0.1:" + server.getAddress().getPort() + path; }

    @Override
    public void close() { server.stop(0); }
}
