package org.lexgap.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexgap.cli.Main;
import org.lexgap.report.Html;

/**
 * Opens the sample reports in headless Chromium (Debian's {@code chromium}; skipped when it is not installed,
 * CI installs it): the page must load without a single console message (the pages have no scripts, so any
 * message is a Content-Security-Policy violation or a load failure), the rendered DOM must hold the matrix,
 * and a screenshot must show its colours. Screenshots and the HTML are kept under target/screenshots/ for a
 * human to look at.
 */
class BrowserRenderTest {

  static final Path OUT = Path.of("target", "screenshots");
  static final Path VELORIA = Path.of("samples", "cybercrimes-act-2025.txt");
  static final Path ESTAVIA = Path.of("samples", "code-penal-numerique.txt");
  static final Path FIXTURES = Path.of("src", "test", "resources", "compare");

  static Path chromium;

  @TempDir Path tmp;

  @BeforeAll
  static void findChromium() {
    String configured = System.getProperty("lexgap.chromium", "/usr/bin/chromium");
    Path p = Path.of(configured);
    Assumptions.assumeTrue(Files.isExecutable(p), "chromium not installed at " + p + " (apt-get install chromium)");
    chromium = p;
  }

  record Browser(int code, String stdout, List<String> console) {}

  /** Runs headless Chromium on a local file; fails after a minute rather than hanging the build. */
  private Browser open(Path html, String... mode) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(tmp, "profile");
    Path stdout = tmp.resolve("stdout-" + System.nanoTime());
    Path stderr = tmp.resolve("stderr-" + System.nanoTime());
    List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0",
        "--window-size=1280,2000"));
    cmd.addAll(List.of(mode));
    cmd.add(html.toAbsolutePath().toUri().toString());
    Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish within 60 s");
    }
    List<String> console = Files.readAllLines(stderr, StandardCharsets.UTF_8).stream()
        .filter(l -> l.contains(":CONSOLE") || l.contains("Uncaught")).toList();
    return new Browser(p.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8), console);
  }

  private static String lexgap(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    assertThat(code).as(err.toString()).isZero();
    return err.toString();
  }

  /** Pixels of exactly this colour in the screenshot. */
  private static int pixels(BufferedImage img, int rgb) {
    int n = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        n += (img.getRGB(x, y) & 0xffffff) == rgb ? 1 : 0;
      }
    }
    return n;
  }

  private BufferedImage screenshot(Path html, String name) throws Exception {
    Path png = OUT.resolve(name).toAbsolutePath();
    Files.deleteIfExists(png);
    Browser b = open(html, "--screenshot=" + png, "--hide-scrollbars");
    assertThat(b.console()).as("console messages while taking the screenshot").isEmpty();
    assertThat(png).exists();
    BufferedImage img = ImageIO.read(png.toFile());
    assertThat(img.getWidth()).isEqualTo(1280);
    return img;
  }

  @Test
  void detectsConsoleErrors() throws Exception {
    // The control: a page that breaks its own CSP must produce console messages, or the checks below prove nothing.
    Path bad = tmp.resolve("bad.html");
    Files.writeString(bad, "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\""
        + Html.CSP + "\"></head><body><script>console.log(1)</script></body></html>");
    assertThat(open(bad, "--dump-dom").console()).isNotEmpty();
  }

  @Test
  void sampleCheckReportRenders() throws Exception {
    Assumptions.assumeTrue(Files.exists(VELORIA), "samples/ not in this checkout");
    Files.createDirectories(OUT);
    Path html = OUT.resolve("sample-report.html");
    lexgap("check", VELORIA.toString(), "--format", "html", "--title", "Republic of Veloria", "-o", html.toString());
    Browser dom = open(html, "--dump-dom");
    assertThat(dom.code()).isZero();
    assertThat(dom.console()).as("console messages").isEmpty();
    Document d = Jsoup.parse(dom.stdout());
    assertThat(d.select("#matrix table.matrix td.cell")).hasSizeGreaterThan(10);
    assertThat(d.select("section.finding")).hasSizeGreaterThan(30);
    BufferedImage img = screenshot(html, "sample-report.png");
    assertThat(pixels(img, 0xdafbe1)).as("met background pixels").isGreaterThan(500);
    assertThat(pixels(img, 0xffebe9)).as("missing background pixels").isGreaterThan(500);
  }

  @Test
  void sampleComparisonRenders() throws Exception {
    Path manifest = tmp.resolve("samples.yaml");
    if (Files.exists(VELORIA) && Files.exists(ESTAVIA)) {
      Files.writeString(manifest, "countries:\n"
          + "  - {name: Veloria, code: VL, documents: [\"" + VELORIA.toAbsolutePath() + "\"]}\n"
          + "  - {name: Estavia, code: ES, documents: [\"" + ESTAVIA.toAbsolutePath() + "\"]}\n"
          + "  - {name: Otherland, documents: [\"" + FIXTURES.resolve("Otherland").toAbsolutePath() + "\"]}\n");
    } else {
      Files.writeString(manifest, "countries:\n"
          + "  - {name: Examplia, documents: [\"" + FIXTURES.resolve("Examplia").toAbsolutePath() + "\"]}\n"
          + "  - {name: Otherland, documents: [\"" + FIXTURES.resolve("Otherland").toAbsolutePath() + "\"]}\n");
    }
    Files.createDirectories(OUT);
    Path html = OUT.resolve("sample-compare.html");
    lexgap("compare", manifest.toString(), "--title", "Sample States", "-o", html.toString());
    Browser dom = open(html, "--dump-dom");
    assertThat(dom.code()).isZero();
    assertThat(dom.console()).as("console messages").isEmpty();
    Document d = Jsoup.parse(dom.stdout());
    int countries = d.select("table.matrix thead th").size() - 1;
    assertThat(countries).isGreaterThanOrEqualTo(2);
    assertThat(d.select("table.matrix tbody td.cell")).hasSize(countries * d.select("table.matrix tbody tr")
        .not(".chapter").size());
    BufferedImage img = screenshot(html, "sample-compare.png");
    assertThat(pixels(img, 0x1a7f37)).as("met cell pixels").isGreaterThan(2000);
    assertThat(pixels(img, 0xcf222e)).as("missing cell pixels").isGreaterThan(2000);
  }
}
