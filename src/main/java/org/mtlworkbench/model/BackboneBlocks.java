package org.mtlworkbench.model;

import java.util.ArrayList;
import java.util.List;

/**
 * How the backbone's layer list is cut into the blocks that MTAN and PLE put their modules
 * between. A block starts at a layer with weights (dense or conv) and runs to the next one, so a
 * conv layer keeps the pooling and activation that follow it; layers before the first weighted
 * layer join the first block. Public so that what draws a model cuts it where the engine does.
 */
public final class BackboneBlocks {
  private BackboneBlocks() {}

  /**
   * MTAN's stages and what follows them.
   *
   * @param stages one block per conv layer (the conv and the image layers after it), at which a
   *     task's attention mask is applied
   * @param tail the layers from the first dense or flatten layer on (empty when the backbone ends
   *     with an image)
   */
  public record Stages(List<List<LayerSpec>> stages, List<LayerSpec> tail) {}

  /** The number of layers with weights: dense and conv layers. */
  public static int weightedLayers(List<LayerSpec> backbone) {
    return (int) backbone.stream().filter(BackboneBlocks::weighted).count();
  }

  /**
   * MTAN's stages (Liu et al. 2019 put one attention module per block of the shared network): the
   * backbone up to its first dense or flatten layer, cut before every conv layer; the rest is the
   * tail. Empty stages when the backbone has no conv layer before its first flat layer.
   */
  public static Stages convStages(List<LayerSpec> backbone) {
    int end = 0;
    while (end < backbone.size() && !flat(backbone.get(end))) {
      end++;
    }
    List<List<LayerSpec>> stages = cut(backbone.subList(0, end), l -> l.type().equals(LayerSpec.CONV));
    return new Stages(stages, List.copyOf(backbone.subList(end, backbone.size())));
  }

  /**
   * PLE's levels: the backbone cut before every layer with weights, those blocks grouped into
   * {@code levels} consecutive runs as evenly as possible (level i takes blocks ⌊i·B/n⌋ to
   * ⌊(i+1)·B/n⌋ − 1 of B).
   *
   * @param levels 1 to {@link #weightedLayers}
   */
  public static List<List<LayerSpec>> levels(List<LayerSpec> backbone, int levels) {
    List<List<LayerSpec>> blocks = cut(backbone, BackboneBlocks::weighted);
    if (levels < 1 || levels > blocks.size()) {
      throw new IllegalArgumentException(levels + " levels for " + blocks.size() + " blocks");
    }
    List<List<LayerSpec>> out = new ArrayList<>();
    for (int i = 0; i < levels; i++) {
      List<LayerSpec> level = new ArrayList<>();
      for (int b = i * blocks.size() / levels; b < (i + 1) * blocks.size() / levels; b++) {
        level.addAll(blocks.get(b));
      }
      out.add(List.copyOf(level));
    }
    return out;
  }

  /** Cuts {@code layers} before every layer that {@code starts} a block; leading layers join the first block. */
  private static List<List<LayerSpec>> cut(List<LayerSpec> layers, java.util.function.Predicate<LayerSpec> starts) {
    List<List<LayerSpec>> blocks = new ArrayList<>();
    List<LayerSpec> lead = new ArrayList<>();
    for (LayerSpec l : layers) {
      if (starts.test(l)) {
        List<LayerSpec> block = new ArrayList<>(blocks.isEmpty() ? lead : List.of());
        block.add(l);
        blocks.add(block);
      } else if (blocks.isEmpty()) {
        lead.add(l);
      } else {
        blocks.get(blocks.size() - 1).add(l);
      }
    }
    return blocks.stream().map(List::copyOf).toList();
  }

  private static boolean weighted(LayerSpec l) {
    return l.type().equals(LayerSpec.DENSE) || l.type().equals(LayerSpec.CONV);
  }

  private static boolean flat(LayerSpec l) {
    return l.type().equals(LayerSpec.DENSE) || l.type().equals(LayerSpec.FLATTEN);
  }
}
