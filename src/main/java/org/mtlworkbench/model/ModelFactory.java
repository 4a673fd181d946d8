package org.mtlworkbench.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.common.Seeds;
import org.mtlworkbench.nn.Sequential;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Builds an {@link MtlModel} from its spec and initialises every part from a seed derived from the
 * part's name ({@link Seeds}): the backbone from "backbone", task t's tower from "tower/t" and its
 * head from "head/t"; the mixtures of experts as {@link ExpertModels} says, MTAN as {@link
 * MtanModels} says. A part thus starts the same whatever other tasks are present.
 */
public final class ModelFactory {
  private ModelFactory() {}

  public static MtlModel build(ModelSpec spec, List<Task> tasks, long inputWidth, long seed, DataType dtype) {
    if (tasks.isEmpty()) {
      throw new InputException("the experiment has no tasks: add at least one task");
    }
    var names = new HashSet<String>();
    for (Task t : tasks) {
      if (!names.add(t.name())) {
        throw new InputException("two tasks are named '" + t.name() + "': task names must be unique");
      }
    }
    FeatureShape input = NetworkBuilder.inputShape(spec, inputWidth);
    FeatureShape representation = NetworkBuilder.outputShape(input, spec.backbone(), "backbone");
    List<TaskHead> heads = new ArrayList<>();
    for (Task t : tasks) {
      Sequential net = NetworkBuilder.build(representation, spec.head(), t.outputWidth(), seed, "head/" + t.name());
      heads.add(new TaskHead(t, net));
    }
    MtlModel model;
    if (spec.sharingMode() == Sharing.HARD) {
      Sequential backbone = NetworkBuilder.build(input, spec.backbone(), 0, seed, "backbone");
      HardSharingModel hard = new HardSharingModel(tasks, backbone, heads, dtype);
      backbone.initialize(new Random(Seeds.derive(seed, "backbone")));
      model = hard;
    } else if (spec.sharingMode() == Sharing.CROSS_STITCH) {
      model = crossStitch(spec, tasks, heads, input, seed, dtype);
    } else if (spec.sharingMode() == Sharing.MTAN) {
      model = MtanModels.build(spec, tasks, heads, input, seed, dtype);
    } else if (spec.sharingMode() != Sharing.SOFT) {
      model = ExpertModels.build(spec, tasks, heads, input, seed, dtype);
    } else {
      List<Sequential> towers = new ArrayList<>();
      for (Task t : tasks) {
        towers.add(NetworkBuilder.build(input, spec.backbone(), 0, seed, "tower/" + t.name()));
      }
      if (spec.soft().penalty().equals(SoftSharingSpec.TRACE_NORM)) {
        model = new TraceNormSoftSharingModel(new SoftSharingModel(tasks, towers, heads, 0.0, dtype), spec.soft().lambda());
      } else {
        model = new SoftSharingModel(tasks, towers, heads, spec.soft().lambda(), dtype);
      }
      for (int k = 0; k < tasks.size(); k++) {
        towers.get(k).initialize(new Random(Seeds.derive(seed, "tower/" + tasks.get(k).name())));
      }
    }
    for (TaskHead h : heads) {
      h.net().initialize(new Random(Seeds.derive(seed, "head/" + h.task().name())));
    }
    return model;
  }

  /**
   * Task t's tower is built layer by layer (one block per backbone layer, so that stitch units can
   * sit between them) and initialised from "tower/t" in the same order as a soft-sharing tower, so
   * that with α = I the two models start identical.
   */
  private static MtlModel crossStitch(
      ModelSpec spec, List<Task> tasks, List<TaskHead> heads, FeatureShape input, long seed, DataType dtype) {
    List<List<Sequential>> blocks = new ArrayList<>();
    for (Task t : tasks) {
      List<Sequential> tower = new ArrayList<>();
      FeatureShape shape = input;
      for (int l = 0; l < spec.backbone().size(); l++) {
        List<LayerSpec> layer = List.of(spec.backbone().get(l));
        String name = "tower/" + t.name() + "/" + l;
        tower.add(NetworkBuilder.build(shape, layer, 0, seed, name));
        shape = NetworkBuilder.outputShape(shape, layer, name);
      }
      blocks.add(tower);
    }
    CrossStitchModel model = new CrossStitchModel(tasks, blocks, heads, dtype);
    for (int k = 0; k < tasks.size(); k++) {
      Random rng = new Random(Seeds.derive(seed, "tower/" + tasks.get(k).name()));
      for (Sequential block : blocks.get(k)) {
        block.initialize(rng);
      }
    }
    model.initializeStitches(spec.crossStitch().selfWeight());
    return model;
  }
}
