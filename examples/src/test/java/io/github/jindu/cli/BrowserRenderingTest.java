package io.github.jindu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jindu.examples.DistrictData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@code assess --format html} prints for the bundled sample town and {@code select --format html} for the
 * bundled district, in each language, rendered in a real browser (headless Chromium, {@link HeadlessChromium}):
 * no console error, exception, log entry or network request, and no wider than an A4 sheet on screen and in
 * print. The documents, their full-page screenshots and Chromium's A4 PDF of each are kept under {@code
 * target/browser/}, to be looked at.
 */
class BrowserRenderingTest {
  private static final Path OUT = Path.of("target", "browser").toAbsolutePath();

  /** The width of an A4 sheet, 210 mm, in CSS pixels (96 per inch). */
  private static final long A4_WIDTH = 794;

  private static HeadlessChromium browser;

  @BeforeAll
  static void start() throws Exception {
    browser = new HeadlessChromium();
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  private static HeadlessChromium.Visit show(String name, CliRun run) throws Exception {
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    Files.createDirectories(OUT);
    Path html = OUT.resolve(name + ".html");
    Path png = OUT.resolve(name + ".png");
    Path pdf = OUT.resolve(name + ".pdf");
    Files.writeString(html, run.out(), StandardCharsets.UTF_8);
    HeadlessChromium.Visit visit = browser.visit(html, png, pdf);
    assertThat(visit.problems()).as("what %s logged", name).isEmpty();
    assertThat(visit.scrollWidth()).as("%s on screen, CSS px", name).isLessThanOrEqualTo(A4_WIDTH);
    assertThat(visit.printScrollWidth())
        .as("%s in print, CSS px", name)
        .isLessThanOrEqualTo(A4_WIDTH);
    assertThat(Files.size(png)).isGreaterThan(10_000);
    byte[] printed = Files.readAllBytes(pdf);
    assertThat(new String(printed, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    return visit;
  }

  @Test
  void theBrowserCheck_catchesAConsoleError_aRequest_andAPageWiderThanA4() throws Exception {
    Files.createDirectories(OUT);
    Path bad = OUT.resolve("check-bad.html");
    Files.writeString(
        bad,
        "<!DOCTYPE html><html><body><div style=\"width:1000px\">wide</div>"
            + "<img src=\"http://127.0.0.1:9/x.png\"><script>console.error('broken')</script>"
            + "</body></html>",
        StandardCharsets.UTF_8);
    HeadlessChromium.Visit visit =
        browser.visit(bad, OUT.resolve("check-bad.png"), OUT.resolve("check-bad.pdf"));
    assertThat(visit.scrollWidth()).isGreaterThan(A4_WIDTH);
    assertThat(visit.problems())
        .anyMatch(p -> p.startsWith("console.error:") && p.contains("broken"))
        .anyMatch(p -> p.equals("request: http://127.0.0.1:9/x.png"));
  }

  @Test
  void aNameWithoutSpaces_wrapsWithinA4_inHeadingsToo(@TempDir Path dir) throws Exception {
    // A candidate's name heads its section (h2): a long Latin name with no space must still wrap.
    Path district = dir.resolve("district-2025");
    try (var files = Files.walk(DistrictData.DIRECTORY)) {
      for (Path from : (Iterable<Path>) files::iterator) {
        Path to = district.resolve(DistrictData.DIRECTORY.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to);
        }
      }
    }
    Path town = district.resolve("310199-002.json");
    String json = Files.readString(town, StandardCharsets.UTF_8);
    String name = "Xisha".repeat(60);
    assertThat(json).contains("\"name\": \"西沙镇\"");
    Files.writeString(
        town,
        json.replace("\"name\": \"西沙镇\"", "\"name\": \"" + name + "\""),
        StandardCharsets.UTF_8);
    CliRun run = CliRun.of("select", district.toString(), "--format", "html");
    assertThat(run.out()).contains(name);
    show("district-long-name", run);
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh-Hans", "zh-Hant", "en"})
  void sampleTown_rendersCleanly_withinA4(String lang) throws Exception {
    CliRun run =
        CliRun.of(
            "assess",
            DistrictData.DATA.resolve("sample-town-2025.json").toString(),
            "--format",
            "html",
            "--lang",
            lang,
            "--assessed-on",
            "2026-01-15",
            "--assessor",
            "区禁毒办 考评组");
    HeadlessChromium.Visit visit = show("sample-town-2025." + lang, run);
    assertThat(visit.height()).as("a page of 51 criteria, CSS px").isGreaterThan(3_000);
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh-Hans", "zh-Hant", "en"})
  void district_rendersCleanly_withinA4(String lang) throws Exception {
    CliRun run =
        CliRun.of("select", DistrictData.DIRECTORY.toString(), "--format", "html", "--lang", lang);
    HeadlessChromium.Visit visit = show("district-2025." + lang, run);
    assertThat(visit.height()).as("six candidates' sections, CSS px").isGreaterThan(6 * 3_000);
    assertThat(visit.pdfPages()).as("a printed page or more per candidate").isGreaterThan(6);
  }
}
