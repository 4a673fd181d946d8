package org.mtlworkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.store.RunReader;
import org.mtlworkbench.store.StoredRun;
import org.xml.sax.InputSource;

/** The HTML report of one run: its skeleton, its self-containment, and hostile names. */
class HtmlReportTest {
  @TempDir static Path dir;
  static String html;
  static Document doc;
  static StoredRun run;

  @BeforeAll
  static void render() throws Exception {
    run = RunReader.read(RunDirFixture.write(dir.resolve("run")));
    Path file = dir.resolve("report.html");
    HtmlReport.write(List.of(run), file);
    html = java.nio.file.Files.readString(file);
    doc = Jsoup.parse(html);
  }

  @Test
  void hasEverySectionInOrderEachWithAHeading() {
    assertThat(doc.select("body > section").eachAttr("id"))
        .containsExactly("answer", "loss", "gradients", "weights", "conflicts", "metrics", "configuration", "reproduce");
    for (Element s : doc.select("body > section")) {
      assertThat(s.selectFirst("h2")).as(s.id()).isNotNull();
    }
    // the answer first, the configuration last as an appendix
    assertThat(doc.selectFirst("#answer h2").text()).isEqualTo("What this run shows");
    assertThat(doc.selectFirst("#configuration h2").text()).isEqualTo("Appendix: configuration");
    assertThat(doc.select("#configuration h3").eachText())
        .containsExactly("Data", "Tasks", "Architecture and sharing", "Balancing strategy", "Optimiser", "Training", "Versions");
  }

  @Test
  void chartsAreInlineSvgWithLegendsAndAxisLabels() {
    assertThat(doc.select("svg")).hasSize(4);
    for (String id : List.of("loss", "gradients", "weights", "conflicts")) {
      assertThat(doc.select("#" + id + " figure > svg")).as(id).hasSize(1);
    }
    String loss = doc.selectFirst("#loss svg").text();
    assertThat(loss).contains("Loss per task", "step", RunDirFixture.SCRIPT, RunDirFixture.QUOTES,
        RunDirFixture.SCRIPT + " (validation)");
    // ids inside the SVGs are unique across the page (clip paths of one chart must not clip another)
    List<String> ids = doc.select("[id]").eachAttr("id");
    assertThat(ids).doesNotHaveDuplicates();
  }

  @Test
  void isWellFormedXml() throws Exception {
    var builder = DocumentBuilderFactory.newInstance().newDocumentBuilder();
    var xml = builder.parse(new InputSource(new StringReader(html)));
    assertThat(xml.getDocumentElement().getTagName()).isEqualTo("html");
  }

  @Test
  void refersToNothingOutsideItself() {
    assertThat(doc.select("script, link, img, iframe, object, embed, base")).isEmpty();
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        String name = a.getKey().toLowerCase(java.util.Locale.ROOT);
        assertThat(name).as("event handler on <%s>", e.tagName()).doesNotStartWith("on");
        if (name.equals("src") || name.endsWith("href")) {
          assertThat(a.getValue()).as("%s on <%s>", name, e.tagName()).startsWith("#");
        }
      }
    }
    assertThat(html).doesNotContainIgnoringCase("@import").doesNotContainIgnoringCase("@font-face");
    Matcher url = Pattern.compile("url\\(\\s*['\"]?(.)").matcher(html);
    int urls = 0;
    while (url.find()) {
      assertThat(url.group(1)).as("url( at %d", url.start()).isEqualTo("#");
      urls++;
    }
    assertThat(urls).as("the charts clip to their plot areas by url(#id)").isPositive();
  }

  @Test
  void hostileNamesAreShownAsTextNeverAsMarkup() {
    assertThat(html).doesNotContain("<script>").doesNotContain("<b>bold</b>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(doc.title()).isEqualTo("Run report: ../../x");
    assertThat(doc.selectFirst("h1").text()).isEqualTo("../../x");
    assertThat(doc.select("#configuration table").get(0).text()).contains("generated <b>bold</b>");
    assertThat(doc.select("#configuration table").eachText()).anyMatch(t -> t.contains(RunDirFixture.SCRIPT) && t.contains(RunDirFixture.QUOTES));
    assertThat(doc.selectFirst("#answer ul.findings li").text())
        .isEqualTo("tasks '" + RunDirFixture.SCRIPT + "' and '" + RunDirFixture.QUOTES + "' pull apart in 25% of steps");
  }

  @Test
  void aFileNameMadeFromAHostileNameStaysInItsFolder() {
    String name = HtmlReport.suggestedFileName(List.of(run), "html");
    assertThat(name).doesNotContain("/").doesNotContain("\\").doesNotStartWith(".").endsWith(".html");
    Path where = dir.resolve(name).normalize();
    assertThat(where.getParent()).isEqualTo(dir.normalize());
  }

  @Test
  void architectureShowsOnlyTheSharingSchemeInUse() {
    // the fixture uses hard sharing: no soft-sharing, cross-stitch or MMoE settings
    Element architecture = doc.select("#configuration h3").stream().filter(h -> h.text().equals("Architecture and sharing"))
        .findFirst().orElseThrow().nextElementSibling();
    List<String> settings = architecture.select("tbody tr td:nth-child(odd)").eachText();
    // in a reader's words: the layers as a chain, no JSON paths
    assertThat(settings).contains("sharing", "backbone (shared)", "head (one per task)")
        .noneMatch(s -> s.contains("[") || s.startsWith("soft") || s.startsWith("mmoe") || s.startsWith("cross stitch")
            || s.startsWith("cgc") || s.startsWith("ple") || s.toLowerCase().startsWith("dselect") || s.toLowerCase().startsWith("d select"));
    assertThat(architecture.text()).contains("dense");
  }

  @Test
  void metricsTableHasTheValuesBaselinesAndDelta() {
    Element test = doc.select("#metrics table.metrics").first();
    assertThat(test.select("th").eachText()).containsExactly("task", "loss", "mse");
    assertThat(test.select("tr").get(1).select("td").eachText()).containsExactly(RunDirFixture.SCRIPT, "0.4321", "0.4321");
    Element transfer = doc.selectFirst("#answer table.transfer");
    // Δ = (0.5 − 0.4321) / 0.5 = +13.58 %, shown to one decimal
    assertThat(transfer.select("tr").get(1).select("td").eachText())
        .containsExactly(RunDirFixture.SCRIPT, "mse", "0.4321", "0.5", "+13.6%", "–", "not tested: fewer than 2 seeds");
    assertThat(doc.selectFirst("#reproduce pre").text()).isEqualTo("mtl-workbench train exp.json --out ../../x --seed 7");
  }
}
