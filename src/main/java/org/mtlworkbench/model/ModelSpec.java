package org.mtlworkbench.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.nn.ImageShape;

/**
 * The architecture: input → backbone → one head per task.
 *
 * @param sharing "hard" (default), "soft", "cross-stitch", "mmoe", "mtan", "cgc", "ple" or "dselect-k"
 *     ({@link Sharing})
 * @param backbone hidden layers of the backbone (hard) or of each tower (soft); default one
 *     layer of 64 ReLU units
 * @param head hidden layers of each head before its output layer (which is added per task with
 *     the task's output width); default none
 * @param soft soft-sharing settings (ignored under hard sharing)
 * @param inputShape {@code [channels, height, width]}: read each row of features as an image
 *     (channel first, then rows, then columns), as conv and pooling layers need; absent = flat
 * @param crossStitch cross-stitch settings (used only when sharing is "cross-stitch")
 * @param mmoe mixture-of-experts settings (used only when sharing is "mmoe")
 * @param cgc customized gate control settings (used only when sharing is "cgc")
 * @param ple progressive layered extraction settings (used only when sharing is "ple")
 * @param dselectK DSelect-k settings (used only when sharing is "dselect-k")
 */
public record ModelSpec(
    String sharing, List<LayerSpec> backbone, List<LayerSpec> head, SoftSharingSpec soft,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<Integer> inputShape, CrossStitchSpec crossStitch, MmoeSpec mmoe,
    CgcSpec cgc, PleSpec ple, DSelectKSpec dselectK) {
  /** Each field of scheme-specific settings, and the one scheme that reads it. */
  public static final Map<String, Sharing> SCHEME_SETTINGS = Map.of(
      "soft", Sharing.SOFT, "crossStitch", Sharing.CROSS_STITCH, "mmoe", Sharing.MMOE, "cgc", Sharing.CGC, "ple", Sharing.PLE,
      "dselectK", Sharing.DSELECT_K);

  public ModelSpec {
    sharing = sharing == null ? Sharing.HARD.id() : sharing;
    Sharing.parse(sharing);
    backbone = backbone == null ? List.of(LayerSpec.of(64)) : List.copyOf(backbone);
    if (backbone.isEmpty()) {
      throw new InputException("model.backbone needs at least one layer");
    }
    head = head == null ? List.of() : List.copyOf(head);
    soft = soft == null ? new SoftSharingSpec(null) : soft;
    crossStitch = crossStitch == null ? new CrossStitchSpec(null) : crossStitch;
    mmoe = mmoe == null ? new MmoeSpec(null) : mmoe;
    cgc = cgc == null ? new CgcSpec(null, null) : cgc;
    ple = ple == null ? new PleSpec(null, null, null) : ple;
    dselectK = dselectK == null ? new DSelectKSpec(null, null, null, null) : dselectK;
    if (inputShape != null) {
      inputShape = List.copyOf(inputShape);
      if (inputShape.size() != 3 || inputShape.stream().anyMatch(v -> v == null || v < 1)) {
        throw new InputException("model.inputShape must be [channels, height, width], each ≥ 1, got " + inputShape);
      }
    }
    // Follow the shape through the layers now, so that a layer that does not fit is reported when
    // the file is read (the data's width is checked when the model is built).
    FeatureShape input = inputShape == null ? FeatureShape.flat(1) : FeatureShape.of(toImage(inputShape));
    FeatureShape representation = NetworkBuilder.outputShape(input, backbone, "backbone");
    NetworkBuilder.outputShape(representation, head, "head");
    SharingRequirements.check(Sharing.parse(sharing), inputShape != null, backbone, ple);
  }

  /** A model with every setting given (cgc, ple and dselectK at their defaults). */
  public ModelSpec(
      String sharing, List<LayerSpec> backbone, List<LayerSpec> head, SoftSharingSpec soft, List<Integer> inputShape,
      CrossStitchSpec crossStitch, MmoeSpec mmoe) {
    this(sharing, backbone, head, soft, inputShape, crossStitch, mmoe, null, null, null);
  }

  /** A model on flat input rows, with the default cross-stitch and MMoE settings. */
  public ModelSpec(String sharing, List<LayerSpec> backbone, List<LayerSpec> head, SoftSharingSpec soft) {
    this(sharing, backbone, head, soft, null, null, null, null, null, null);
  }

  /** A model on image-shaped input rows. */
  public ModelSpec(String sharing, List<LayerSpec> backbone, List<LayerSpec> head, SoftSharingSpec soft, List<Integer> inputShape) {
    this(sharing, backbone, head, soft, inputShape, null, null, null, null, null);
  }

  /** A model on flat input rows with explicit cross-stitch and MMoE settings. */
  public ModelSpec(
      String sharing, List<LayerSpec> backbone, List<LayerSpec> head, SoftSharingSpec soft, CrossStitchSpec crossStitch, MmoeSpec mmoe) {
    this(sharing, backbone, head, soft, null, crossStitch, mmoe, null, null, null);
  }

  public Sharing sharingMode() {
    return Sharing.parse(sharing);
  }

  /** {@link #inputShape} as an image shape, or null for flat input. */
  @JsonIgnore
  public ImageShape image() {
    return inputShape == null ? null : toImage(inputShape);
  }

  /**
   * PLE's levels over this backbone, each its layers, as the engine builds them ({@link
   * BackboneBlocks#levels}); checked to fit when sharing is "ple", so ask only then.
   */
  @JsonIgnore
  public List<List<LayerSpec>> pleLevels() {
    return BackboneBlocks.levels(backbone, ple.levelsFor(BackboneBlocks.weightedLayers(backbone)));
  }

  public ModelSpec withSharing(Sharing s) {
    return new ModelSpec(s.id(), backbone, head, soft, inputShape, crossStitch, mmoe, cgc, ple, dselectK);
  }

  /**
   * This model with the settings an editor changes replaced and every other setting (the soft
   * penalty's kind, cross-stitch, MMoE, CGC, PLE and DSelect-k settings) kept, so that opening,
   * editing and saving an experiment loses none of them.
   */
  public ModelSpec withEdits(
      Sharing s, List<LayerSpec> newBackbone, List<LayerSpec> newHead, double lambda, List<Integer> newInputShape) {
    return new ModelSpec(s.id(), newBackbone, newHead, new SoftSharingSpec(lambda, soft.penalty()), newInputShape,
        crossStitch, mmoe, cgc, ple, dselectK);
  }

  /** The same model with other soft-sharing settings (every other setting kept). */
  public ModelSpec withSoft(SoftSharingSpec s) {
    return new ModelSpec(sharing, backbone, head, s, inputShape, crossStitch, mmoe, cgc, ple, dselectK);
  }

  /** The same model with other cross-stitch settings (every other setting kept). */
  public ModelSpec withCrossStitch(CrossStitchSpec c) {
    return new ModelSpec(sharing, backbone, head, soft, inputShape, c, mmoe, cgc, ple, dselectK);
  }

  /** The same model with other mixture-of-experts settings (every other setting kept). */
  public ModelSpec withMmoe(MmoeSpec m) {
    return new ModelSpec(sharing, backbone, head, soft, inputShape, crossStitch, m, cgc, ple, dselectK);
  }

  /** The same model with other customized-gate-control settings (every other setting kept). */
  public ModelSpec withCgc(CgcSpec c) {
    return new ModelSpec(sharing, backbone, head, soft, inputShape, crossStitch, mmoe, c, ple, dselectK);
  }

  /** The same model with other progressive-layered-extraction settings (every other setting kept). */
  public ModelSpec withPle(PleSpec p) {
    return new ModelSpec(sharing, backbone, head, soft, inputShape, crossStitch, mmoe, cgc, p, dselectK);
  }

  /** The same model with other DSelect-k settings (every other setting kept). */
  public ModelSpec withDSelectK(DSelectKSpec d) {
    return new ModelSpec(sharing, backbone, head, soft, inputShape, crossStitch, mmoe, cgc, ple, d);
  }

  private static ImageShape toImage(List<Integer> shape) {
    return new ImageShape(shape.get(0), shape.get(1), shape.get(2));
  }
}
