package org.mtlworkbench.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.image.Image;

/**
 * Finds the files of the project's {@code assets} folder (stylesheets, icons) at run time.
 *
 * <p>The build puts that folder on the classpath as {@code /assets/...}, which is where an
 * installed application finds it. When the classes run from a source tree whose build does not
 * copy the folder (an IDE run), the folder {@code assets/} under the working directory is used
 * instead. A missing asset is a packaging defect, so it fails loudly rather than leaving the
 * window unstyled.
 */
final class Assets {
  static final String BASE_STYLESHEET = "css/base.css";
  static final String APP_ICON = "icons/app.png";

  private Assets() {}

  /** The asset at {@code path} (relative to the assets folder), if it can be found. */
  static Optional<URL> find(String path) {
    URL onClasspath = Assets.class.getResource("/assets/" + path);
    if (onClasspath != null) {
      return Optional.of(onClasspath);
    }
    Path inSourceTree = Path.of("assets").resolve(path);
    if (Files.isRegularFile(inSourceTree)) {
      try {
        return Optional.of(inSourceTree.toUri().toURL());
      } catch (MalformedURLException e) {
        throw new IllegalStateException("Cannot address " + inSourceTree, e);
      }
    }
    return Optional.empty();
  }

  /** The asset at {@code path}; throws if the build did not package it. */
  static URL require(String path) {
    return find(path)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "The application is missing its bundled file assets/"
                        + path
                        + "; the build must package the assets folder"));
  }

  /** URL strings of the stylesheets that make up {@code theme}, base first. */
  static String[] stylesheets(Theme theme) {
    return new String[] {
      require(BASE_STYLESHEET).toExternalForm(), require(theme.stylesheet()).toExternalForm()
    };
  }

  static Image appIcon() {
    URL url = require(APP_ICON);
    try (InputStream in = url.openStream()) {
      return new Image(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + url, e);
    }
  }
}
