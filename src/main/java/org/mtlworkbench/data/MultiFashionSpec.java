package org.mtlworkbench.data;

import java.nio.file.Path;

/**
 * {@code {"type": "multi-fashion", ...}}: two-task images from Fashion-MNIST ({@link
 * MultiFashionGenerator}); targets {@code left} and {@code right}, ten classes each.
 *
 * @param source {@code "auto"} (default: the Debian package's full set when installed, else the
 *     shipped subset), {@code "sample"} (the shipped subset) or a folder of IDX files (absolute or
 *     relative to the working directory); see {@link FashionMnistFiles}
 * @param rows rows to keep, 0 (default) = all that the pairing gives
 * @param pairing {@code "disjoint"} (default: each item in one row) or {@code "random"} (Sener &
 *     Koltun's: each item at the top left once, with a random partner)
 * @param resize {@code "nearest"} (default, as Sener & Koltun) or {@code "area"}
 * @param seed pairing seed, default 1 (independent of the run's seed)
 */
public record MultiFashionSpec(String source, Integer rows, String pairing, String resize, Long seed)
    implements GeneratorSpec {
  public static final String TYPE = "multi-fashion";

  public MultiFashionSpec {
    source = source == null ? FashionMnistFiles.AUTO : source;
    if (source.isBlank()) {
      throw new org.mtlworkbench.common.InputException("source: the folder is empty; use \"auto\", \"sample\" or a folder");
    }
    rows = rows == null ? 0 : rows;
    if (rows < 0) {
      throw new org.mtlworkbench.common.InputException("rows: must be 0 (all) or more, got " + rows);
    }
    pairing = pairing == null ? MultiFashionGenerator.Pairing.DISJOINT.id() : pairing;
    MultiFashionGenerator.Pairing.parse(pairing, "pairing");
    resize = resize == null ? OverlayComposer.Resampling.NEAREST.id() : resize;
    OverlayComposer.Resampling.parse(resize, "resize");
    seed = seed == null ? 1L : seed;
  }

  @Override
  public Dataset generate() {
    Path folder = FashionMnistFiles.locate(source);
    FashionMnistFiles.Items items = FashionMnistFiles.load(folder);
    return new MultiFashionGenerator(
            MultiFashionGenerator.Pairing.parse(pairing, "pairing"),
            OverlayComposer.Resampling.parse(resize, "resize"), seed)
        .generate(items, rows, "multi-fashion (" + folder + ", " + pairing + " pairs, seed " + seed + ")");
  }

  @Override
  public String type() {
    return TYPE;
  }
}
