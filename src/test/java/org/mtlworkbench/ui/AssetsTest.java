package org.mtlworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.css.CssParser;
import javafx.css.Declaration;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import javafx.scene.image.Image;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The stylesheets and icon the window depends on are packaged, well-formed and consistent. */
class AssetsTest {
  /** A use of a palette colour: {@code -mtl-name} as (part of) a property value. */
  private static final Pattern PALETTE_USE = Pattern.compile(":[^;{}]*?(-mtl-[a-z0-9-]+)");

  @ParameterizedTest
  @EnumSource(Theme.class)
  void themeStylesheetsParseWithoutErrors(Theme theme) throws IOException {
    for (String url : Assets.stylesheets(theme)) {
      CssParser.errorsProperty().clear();
      Stylesheet sheet = new CssParser().parse(new URL(url));
      assertThat(sheet.getRules()).as(url).isNotEmpty();
      assertThat(CssParser.errorsProperty()).as(url).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Theme.class)
  void everyPaletteColourTheLayoutUsesIsDefinedByEachTheme(Theme theme) throws IOException {
    Set<String> used = paletteColoursUsedIn(Assets.BASE_STYLESHEET);
    Set<String> defined = paletteColoursDefinedIn(theme.stylesheet());
    assertThat(used).as("colours base.css uses").isNotEmpty();
    assertThat(defined).as(theme.stylesheet()).containsAll(used);
  }

  @Test
  void bothThemesDefineTheSamePalette() throws IOException {
    assertThat(paletteColoursDefinedIn(Theme.DARK.stylesheet()))
        .isEqualTo(paletteColoursDefinedIn(Theme.LIGHT.stylesheet()));
  }

  @Test
  void appIconIsASquare256PixelImage() {
    Image icon = Assets.appIcon();
    assertThat(icon.isError()).isFalse();
    assertThat(icon.getWidth()).isEqualTo(256);
    assertThat(icon.getHeight()).isEqualTo(256);
  }

  @Test
  void missingAssetIsAnErrorThatNamesIt() {
    assertThat(Assets.find("css/no-such.css")).isEmpty();
    assertThatThrownBy(() -> Assets.require("css/no-such.css"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("assets/css/no-such.css");
  }

  private static Set<String> paletteColoursUsedIn(String asset) throws IOException {
    String css = read(asset).replaceAll("(?s)/\\*.*?\\*/", "");
    Set<String> used = new TreeSet<>();
    Matcher matcher = PALETTE_USE.matcher(css);
    while (matcher.find()) {
      used.add(matcher.group(1));
    }
    return used;
  }

  /** The -mtl-* names declared in the theme's {@code .root} rule. */
  private static Set<String> paletteColoursDefinedIn(String asset) throws IOException {
    Stylesheet sheet = new CssParser().parse(Assets.require(asset));
    return sheet.getRules().stream()
        .filter(AssetsTest::isRootRule)
        .flatMap(rule -> rule.getDeclarations().stream())
        .map(Declaration::getProperty)
        .filter(property -> property.startsWith("-mtl-"))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static boolean isRootRule(Rule rule) {
    return rule.getSelectors().stream().anyMatch(selector -> selector.toString().equals("*.root"));
  }

  private static String read(String asset) throws IOException {
    URL url = Assets.require(asset);
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
