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
 * head from "head/t". A part thus starts the same whatever other tasks are present.
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
    } else {
      List<Sequential> towers = new ArrayList<>();
      for (Task t : tasks) {
        towers.add(NetworkBuilder.build(input, spec.backbone(), 0, seed, "tower/" + t.name()));
      }
      model = new SoftSharingModel(tasks, towers, heads, spec.soft().lambda(), dtype);
      for (int k = 0; k < tasks.size(); k++) {
        towers.get(k).initialize(new Random(Seeds.derive(seed, "tower/" + tasks.get(k).name())));
      }
    }
    for (TaskHead h : heads) {
      h.net().initialize(new Random(Seeds.derive(seed, "head/" + h.task().name())));
    }
    return model;
  }
}
