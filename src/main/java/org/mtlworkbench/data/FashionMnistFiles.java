package org.mtlworkbench.data;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mtlworkbench.common.InputException;

/**
 * Finds and loads the Fashion-MNIST IDX files (Xiao, Rasul & Vollgraf 2017, "Fashion-MNIST: a
 * Novel Image Dataset for Benchmarking Machine Learning Algorithms"; MIT licence) in a folder:
 * {@code train-images-idx3-ubyte} and {@code train-labels-idx1-ubyte}, optionally {@code
 * t10k-images-idx3-ubyte} and {@code t10k-labels-idx1-ubyte}, each plain or with {@code .gz}.
 *
 * <p>Where the folder is, given a {@code source}:
 *
 * <ul>
 *   <li>{@value #AUTO}: the full set of the Debian package {@code dataset-fashion-mnist} ({@value
 *       #DEBIAN_FOLDER}) when it is installed, else the subset shipped in {@value #SAMPLE_FOLDER};
 *   <li>{@value #SAMPLE}: the shipped subset, looked for in the working directory and in the
 *       folders above the application's jar (the repository, or an installed app's {@code
 *       lib/app}: see {@code jpackage/});
 *   <li>anything else: a folder path, absolute or relative to the working directory.
 * </ul>
 */
public final class FashionMnistFiles {
  public static final String AUTO = "auto";
  public static final String SAMPLE = "sample";
  /** Where {@code apt-get install dataset-fashion-mnist} puts the files. */
  public static final String DEBIAN_FOLDER = "/usr/share/datasets/fashion-mnist";
  /** The shipped subset, relative to the repository or the installed app folder. */
  public static final String SAMPLE_FOLDER = "sample-datasets/multi-fashion/fashion-mnist-subset";
  /** Fashion-MNIST's class names, by label. */
  public static final List<String> CLASS_NAMES = List.of(
      "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");

  private FashionMnistFiles() {}

  /** Images and labels of one or more files, concatenated. */
  public record Items(IdxArray images, byte[] labels) {
    public int count() {
      return labels.length;
    }
  }

  /** The folder {@code source} names (see the class comment); {@link InputException} when none is found. */
  public static Path locate(String source) {
    if (AUTO.equals(source)) {
      Path debian = Path.of(DEBIAN_FOLDER);
      return hasTrainingFiles(debian) ? debian : locateSample(" and " + DEBIAN_FOLDER + " is not installed");
    }
    if (SAMPLE.equals(source)) {
      return locateSample("");
    }
    Path folder;
    try {
      folder = Path.of(source);
    } catch (InvalidPathException e) {
      throw new InputException("source: '" + source + "' is not a valid path", e);
    }
    if (!Files.isDirectory(folder)) {
      throw new InputException("source: " + folder.toAbsolutePath() + " is not a folder");
    }
    if (!hasTrainingFiles(folder)) {
      throw new InputException("source: " + folder.toAbsolutePath()
          + " has no train-images-idx3-ubyte(.gz) and train-labels-idx1-ubyte(.gz)");
    }
    return folder;
  }

  /** Loads the training files and, when present, the t10k files of {@code folder}, in that order. */
  public static Items load(Path folder) {
    List<Items> parts = new ArrayList<>();
    parts.add(loadPair(folder, "train"));
    if (find(folder, "t10k-images-idx3-ubyte") != null) {
      parts.add(loadPair(folder, "t10k"));
    }
    return concat(parts);
  }

  /** Loads {@code <prefix>-images-idx3-ubyte(.gz)} and {@code <prefix>-labels-idx1-ubyte(.gz)}. */
  public static Items loadPair(Path folder, String prefix) {
    Path imageFile = require(folder, prefix + "-images-idx3-ubyte");
    Path labelFile = require(folder, prefix + "-labels-idx1-ubyte");
    IdxArray images = IdxReader.read(imageFile);
    IdxArray labels = IdxReader.read(labelFile);
    int[] d = images.dimensions();
    if (d.length != 3 || d[1] != OverlayComposer.SIZE || d[2] != OverlayComposer.SIZE) {
      throw new InputException(imageFile + ": expected N × 28 × 28 images, found dimensions " + java.util.Arrays.toString(d));
    }
    if (labels.dimensions().length != 1 || labels.items() != images.items()) {
      throw new InputException(labelFile + ": expected " + images.items() + " labels (one per image of "
          + imageFile.getFileName() + "), found dimensions " + java.util.Arrays.toString(labels.dimensions()));
    }
    byte[] l = labels.values();
    for (int i = 0; i < l.length; i++) {
      if ((l[i] & 0xFF) >= CLASS_NAMES.size()) {
        throw new InputException(labelFile + ": label " + (l[i] & 0xFF) + " of item " + i + " is not a class 0..9");
      }
    }
    return new Items(images, l);
  }

  /**
   * The IDX files {@link #load} reads from {@code folder} (training pair, and the t10k pair when
   * present), for whoever must copy them elsewhere, e.g. to a cluster's executors.
   */
  public static List<Path> files(Path folder) {
    List<Path> files = new ArrayList<>();
    for (String prefix : new String[] {"train", "t10k"}) {
      Path images = find(folder, prefix + "-images-idx3-ubyte");
      Path labels = find(folder, prefix + "-labels-idx1-ubyte");
      if (images != null && labels != null) {
        files.add(images);
        files.add(labels);
      }
    }
    return files;
  }

  private static Items concat(List<Items> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    int n = parts.stream().mapToInt(Items::count).sum();
    int size = OverlayComposer.SIZE * OverlayComposer.SIZE;
    byte[] pixels = new byte[n * size];
    byte[] labels = new byte[n];
    int at = 0;
    for (Items p : parts) {
      System.arraycopy(p.images().values(), 0, pixels, at * size, p.count() * size);
      System.arraycopy(p.labels(), 0, labels, at, p.count());
      at += p.count();
    }
    return new Items(new IdxArray(new int[] {n, OverlayComposer.SIZE, OverlayComposer.SIZE}, pixels), labels);
  }

  private static boolean hasTrainingFiles(Path folder) {
    return Files.isDirectory(folder)
        && find(folder, "train-images-idx3-ubyte") != null
        && find(folder, "train-labels-idx1-ubyte") != null;
  }

  private static Path find(Path folder, String base) {
    for (String name : new String[] {base + ".gz", base}) {
      Path f = folder.resolve(name);
      if (Files.isRegularFile(f)) {
        return f;
      }
    }
    return null;
  }

  private static Path require(Path folder, String base) {
    Path f = find(folder, base);
    if (f == null) {
      throw new InputException(folder.resolve(base + ".gz") + ": no such file (nor without .gz)");
    }
    return f;
  }

  private static Path locateSample(String why) {
    List<Path> tried = new ArrayList<>();
    for (Path base : sampleBases()) {
      Path candidate = base.resolve(SAMPLE_FOLDER);
      tried.add(candidate);
      if (hasTrainingFiles(candidate)) {
        return candidate;
      }
    }
    throw new InputException("source: the Fashion-MNIST subset " + SAMPLE_FOLDER + " was not found (looked in "
        + String.join(", ", tried.stream().map(Path::toString).toList()) + ")" + why
        + "; give \"source\": the folder of the IDX files");
  }

  /** The working directory, then the folder of the app's jar (or classes) and up to three above it. */
  private static List<Path> sampleBases() {
    List<Path> bases = new ArrayList<>();
    bases.add(Path.of("").toAbsolutePath());
    try {
      var location = FashionMnistFiles.class.getProtectionDomain().getCodeSource();
      if (location != null) {
        Path p = Path.of(location.getLocation().toURI()).toAbsolutePath();
        for (int up = 0; up < 4 && p != null; up++) {
          p = p.getParent();
          if (p != null && !bases.contains(p)) {
            bases.add(p);
          }
        }
      }
    } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
      // no code location to search from: the working directory alone is searched
    }
    return bases;
  }
}
