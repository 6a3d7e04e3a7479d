// A real Java SPARQL client for newsgraph's endpoint: java.net.http.HttpClient (Java 11+),
// which asks every http:// request to upgrade to HTTP/2 (h2c) by default. Run as
//   java tests/java/SparqlClient.java http://127.0.0.1:7878/sparql
// It queries by GET, by POST (form and direct), then sends a burst of 16 POSTs at once, and
// checks every answer; exit status 1 on the first wrong one.
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

public class SparqlClient {
    static void check(HttpResponse<String> r, String what) {
        if (r.statusCode() != 200 || !r.body().contains("\"boolean\":true")) {
            System.err.println(what + ": " + r.statusCode() + " " + r.body());
            System.exit(1);
        }
    }

    public static void main(String[] args) throws Exception {
        String endpoint = args[0];
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String ask = "ASK {}";
        String json = "application/sparql-results+json";
        HttpRequest get = HttpRequest.newBuilder(
                URI.create(endpoint + "?query=" + URLEncoder.encode(ask, StandardCharsets.UTF_8)))
            .header("Accept", json).timeout(Duration.ofSeconds(10)).GET().build();
        check(client.send(get, HttpResponse.BodyHandlers.ofString()), "GET");
        HttpRequest form = HttpRequest.newBuilder(URI.create(endpoint))
            .header("Accept", json)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .timeout(Duration.ofSeconds(10))
            .POST(HttpRequest.BodyPublishers.ofString(
                "query=" + URLEncoder.encode(ask, StandardCharsets.UTF_8)))
            .build();
        check(client.send(form, HttpResponse.BodyHandlers.ofString()), "POST form");
        // a query over 2 KB, as a direct POST
        String big = "ASK { " + "FILTER(true) ".repeat(300) + "}";
        HttpRequest direct = HttpRequest.newBuilder(URI.create(endpoint))
            .header("Accept", json)
            .header("Content-Type", "application/sparql-query")
            .timeout(Duration.ofSeconds(10))
            .POST(HttpRequest.BodyPublishers.ofString(big))
            .build();
        check(client.send(direct, HttpResponse.BodyHandlers.ofString()), "POST direct");
        // a burst: new clients, so every one asks to upgrade
        List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            HttpClient c = HttpClient.newBuilder().build();
            burst.add(c.sendAsync(direct, HttpResponse.BodyHandlers.ofString()));
        }
        int ok = 0;
        for (CompletableFuture<HttpResponse<String>> f : burst) {
            HttpResponse<String> r = f.get();
            if (r.statusCode() == 200) {
                check(r, "burst");
                ok++;
            } else if (r.statusCode() != 503) {
                System.err.println("burst: " + r.statusCode() + " " + r.body());
                System.exit(1);
            }
        }
        // and the server still answers
        check(client.send(get, HttpResponse.BodyHandlers.ofString()), "GET after the burst");
        System.out.println("java client: GET, POST form, POST direct, burst " + ok + "/16 answered 200");
    }
}
