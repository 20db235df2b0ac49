package io.github.jindu.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real browser for tests: Debian's {@code chromium}, headless, driven over the Chrome DevTools Protocol with the
 * JDK's own WebSocket client. It loads a page, records every console message, uncaught exception, log entry
 * (a blocked load, a Content-Security-Policy violation) and network request, measures the page, and saves a
 * screenshot and a PDF as Chromium prints it.
 *
 * <p>The browser is found at the system property {@code jindu.chromium}, the environment variable {@code
 * CHROMIUM}, or {@code /usr/bin/chromium}; without one the test fails and says how to install it ({@code .ci/run}
 * installs it).
 */
final class HeadlessChromium implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
  private static final long TIMEOUT_SECONDS = 60;

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
  private final List<String> stderr = new CopyOnWriteArrayList<>();
  private int nextId = 1;
  private String session = "";

  /** A page's measurements and what it logged. */
  record Visit(
      long scrollWidth, long printScrollWidth, long height, int pdfPages, List<String> problems) {}

  private static final Pattern PDF_PAGE = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])");

  /** {@return the browser's executable, or a failure that says how to install it} */
  static Path executable() {
    String configured = System.getProperty("jindu.chromium", System.getenv("CHROMIUM"));
    Path path =
        Path.of(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
    if (!Files.isExecutable(path)) {
      throw new AssertionError(
          "the browser test needs Debian's chromium at "
              + path
              + " (apt-get install -y chromium; .ci/run installs it), or -Djindu.chromium=PATH");
    }
    return path;
  }

  HeadlessChromium() throws IOException, InterruptedException {
    profile = Files.createTempDirectory("jindu-chromium");
    process =
        new ProcessBuilder(
                executable().toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--hide-scrollbars",
                "--remote-debugging-port=0",
                "--user-data-dir=" + profile,
                "about:blank")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    BufferedReader err =
        new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
    CompletableFuture<String> url = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try {
                for (String line; (line = err.readLine()) != null; ) {
                  stderr.add(line);
                  Matcher m = LISTENING.matcher(line);
                  if (m.find()) {
                    url.complete(m.group(1));
                  }
                }
                url.completeExceptionally(new IOException("chromium ended: " + stderr));
              } catch (IOException e) {
                url.completeExceptionally(e);
              }
            },
            "chromium-stderr");
    reader.setDaemon(true);
    reader.start();
    String ws;
    try {
      ws = url.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (Exception e) {
      process.destroyForcibly();
      throw new IOException("chromium did not start: " + stderr, e);
    }
    socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .buildAsync(URI.create(ws), new Listener())
            .join();
    JsonNode target = call("Target.createTarget", params().put("url", "about:blank"));
    JsonNode attached =
        call(
            "Target.attachToTarget",
            params().put("targetId", target.get("targetId").asText()).put("flatten", true));
    session = attached.get("sessionId").asText();
    call("Page.enable", params());
    call("Runtime.enable", params());
    call("Log.enable", params());
    call("Network.enable", params());
  }

  /**
   * Loads a file at the width of an A4 sheet (794 CSS pixels, 210 mm at 96 dpi), measures it on screen and for
   * print, saves a full-page screenshot to {@code png} and Chromium's A4 print of it to {@code pdf}, and returns
   * what it measured and every problem it logged.
   */
  Visit visit(Path html, Path png, Path pdf) throws IOException, InterruptedException {
    events.clear();
    call(
        "Emulation.setDeviceMetricsOverride",
        params()
            .put("width", 794)
            .put("height", 1123)
            .put("deviceScaleFactor", 1)
            .put("mobile", false));
    String url = html.toUri().toString();
    call("Page.navigate", params().put("url", url));
    List<String> problems = new ArrayList<>();
    for (boolean loaded = false; !loaded; ) {
      JsonNode event = events.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      if (event == null) {
        throw new AssertionError("the page did not load: " + url);
      }
      loaded = event.get("method").asText().equals("Page.loadEventFired");
      problem(event, url).ifPresent(problems::add);
    }
    long width = evaluate("document.documentElement.scrollWidth");
    long height = evaluate("document.documentElement.scrollHeight");
    call("Emulation.setEmulatedMedia", params().put("media", "print"));
    long printWidth = evaluate("document.documentElement.scrollWidth");
    call("Emulation.setEmulatedMedia", params().put("media", ""));
    ObjectNode clip =
        params()
            .put("x", 0)
            .put("y", 0)
            .put("width", 794)
            .put("height", Math.min(height, 16_000))
            .put("scale", 1);
    JsonNode shot =
        call(
            "Page.captureScreenshot",
            params().put("format", "png").put("captureBeyondViewport", true).set("clip", clip));
    Files.createDirectories(png.getParent());
    Files.write(png, Base64.getDecoder().decode(shot.get("data").asText()));
    JsonNode printed =
        call(
            "Page.printToPDF",
            params()
                .put("printBackground", true)
                .put("preferCSSPageSize", true)
                .put("paperWidth", 8.27)
                .put("paperHeight", 11.69));
    byte[] pdfBytes = Base64.getDecoder().decode(printed.get("data").asText());
    Files.write(pdf, pdfBytes);
    Matcher pages = PDF_PAGE.matcher(new String(pdfBytes, StandardCharsets.ISO_8859_1));
    int pdfPages = 0;
    while (pages.find()) {
      pdfPages++;
    }
    // Whatever was logged while it was measured, shot and printed.
    for (JsonNode event; (event = events.poll()) != null; ) {
      problem(event, url).ifPresent(problems::add);
    }
    return new Visit(width, printWidth, height, pdfPages, problems);
  }

  private static java.util.Optional<String> problem(JsonNode event, String url) {
    String method = event.get("method").asText();
    JsonNode p = event.get("params");
    return switch (method) {
      case "Runtime.consoleAPICalled" ->
          java.util.Optional.of("console." + p.get("type").asText() + ": " + p.get("args"));
      case "Runtime.exceptionThrown" ->
          java.util.Optional.of("exception: " + p.get("exceptionDetails"));
      case "Log.entryAdded" ->
          java.util.Optional.of(
              "log " + p.at("/entry/level").asText() + ": " + p.at("/entry/text").asText());
      case "Network.requestWillBeSent" ->
          p.at("/request/url").asText().equals(url)
              ? java.util.Optional.empty()
              : java.util.Optional.of("request: " + p.at("/request/url").asText());
      default -> java.util.Optional.empty();
    };
  }

  private long evaluate(String expression) {
    JsonNode r =
        call("Runtime.evaluate", params().put("expression", expression).put("returnByValue", true));
    return r.at("/result/value").asLong();
  }

  private static ObjectNode params() {
    return JSON.createObjectNode();
  }

  private JsonNode call(String method, ObjectNode params) {
    int id;
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    synchronized (this) {
      id = nextId++;
    }
    pending.put(id, answer);
    ObjectNode message = params().put("id", id).put("method", method);
    message.set("params", params);
    if (!session.isEmpty()) {
      message.put("sessionId", session);
    }
    socket.sendText(message.toString(), true).join();
    JsonNode response;
    try {
      response = answer.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("no answer from chromium to " + method, e);
    }
    if (response.has("error")) {
      throw new AssertionError(method + " failed: " + response.get("error"));
    }
    return response.get("result");
  }

  @Override
  public void close() throws IOException {
    try {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      // The browser is destroyed below in any case.
    }
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (UncheckedIOException e) {
      // A profile left in the temporary directory is harmless.
    }
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder text = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        try {
          JsonNode message = JSON.readTree(text.toString());
          if (message.has("id")) {
            CompletableFuture<JsonNode> answer = pending.remove(message.get("id").asInt());
            if (answer != null) {
              answer.complete(message);
            }
          } else if (message.has("method")) {
            events.add(message);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        } finally {
          text.setLength(0);
        }
      }
      webSocket.request(1);
      return null;
    }
  }
}
