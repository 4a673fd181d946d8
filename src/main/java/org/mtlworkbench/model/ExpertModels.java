package org.mtlworkbench.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.mtlworkbench.common.Seeds;
import org.mtlworkbench.nn.Sequential;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Builds the mixtures of experts ({@link ExpertModel}) from their settings, and names and seeds
 * their parts. With one level, shared expert e is {@code expert<e+1>} (initialised from
 * "expert/e") and task t's gate {@code gate/t} (from "gate/t"), as MMoE always named them; task
 * t's own experts are {@code t/expert<e+1>}; with several levels every name is prefixed by {@code
 * level<j>/} and the shared gate is {@code level<j>/shared-gate}.
 */
final class ExpertModels {
  private ExpertModels() {}

  /** How many experts of each kind, the levels' layers, and the gate. */
  private record Layout(int shared, int own, List<List<LayerSpec>> levels, GateFactory gate) {}

  @FunctionalInterface
  private interface GateFactory {
    ExpertGate create(long inputWidth, int experts);
  }

  static ExpertModel build(ModelSpec spec, List<Task> tasks, List<TaskHead> heads, FeatureShape input, long seed, DataType dtype) {
    Layout layout = layout(spec);
    int taskCount = tasks.size();
    int levelCount = layout.levels().size();
    PartTable parts = new PartTable(taskCount);
    List<ExpertLevel> levels = new ArrayList<>();
    List<Runnable> initializers = new ArrayList<>();
    FeatureShape shape = input;
    for (int j = 0; j < levelCount; j++) {
      List<LayerSpec> layers = layout.levels().get(j);
      String prefix = levelCount > 1 ? "level" + (j + 1) + "/" : "";
      FeatureShape in = shape;
      List<Sequential> shared = new ArrayList<>();
      int[] sharedParts = new int[layout.shared()];
      for (int e = 0; e < layout.shared(); e++) {
        String seedName = prefix + "expert/" + e;
        Sequential net = NetworkBuilder.build(in, layers, 0, seed, seedName);
        shared.add(net);
        sharedParts[e] = parts.add(prefix + "expert" + (e + 1), PartTable.SHARED, net);
        initializers.add(() -> net.initialize(new Random(Seeds.derive(seed, seedName))));
      }
      List<List<Sequential>> own = new ArrayList<>();
      int[][] ownParts = new int[taskCount][layout.own()];
      for (int t = 0; t < taskCount; t++) {
        List<Sequential> mine = new ArrayList<>();
        for (int e = 0; e < layout.own(); e++) {
          String name = prefix + tasks.get(t).name() + "/expert" + (e + 1);
          Sequential net = NetworkBuilder.build(in, layers, 0, seed, name);
          mine.add(net);
          ownParts[t][e] = parts.add(name, j == levelCount - 1 ? t : PartTable.SHARED, net);
          initializers.add(() -> net.initialize(new Random(Seeds.derive(seed, name))));
        }
        own.add(mine);
      }
      List<ExpertGate> taskGates = new ArrayList<>();
      int[] gateParts = new int[taskCount];
      for (int t = 0; t < taskCount; t++) {
        String name = prefix + "gate/" + tasks.get(t).name();
        ExpertGate gate = layout.gate().create(in.width(), layout.shared() + layout.own());
        taskGates.add(gate);
        gateParts[t] = parts.add(name, j >= levelCount - 2 ? t : PartTable.SHARED, gate);
        initializers.add(() -> gate.initialize(new Random(Seeds.derive(seed, name))));
      }
      ExpertGate sharedGate = null;
      int sharedGatePart = -1;
      if (j < levelCount - 1) {
        String name = prefix + "shared-gate";
        ExpertGate gate = layout.gate().create(in.width(), layout.shared() + taskCount * layout.own());
        sharedGate = gate;
        sharedGatePart = parts.add(name, PartTable.SHARED, gate);
        initializers.add(() -> gate.initialize(new Random(Seeds.derive(seed, name))));
      }
      levels.add(new ExpertLevel(shared, own, taskGates, sharedGate, sharedParts, ownParts, gateParts, sharedGatePart));
      shape = NetworkBuilder.outputShape(in, layers, "backbone");
    }
    ExpertModel model = new ExpertModel(spec.sharingMode(), tasks, levels, heads, parts, dtype);
    initializers.forEach(Runnable::run);
    return model;
  }

  private static Layout layout(ModelSpec spec) {
    GateFactory softmax = SoftmaxGate::new;
    return switch (spec.sharingMode()) {
      case MMOE -> new Layout(spec.mmoe().experts(), 0, List.of(spec.backbone()), softmax);
      case CGC -> new Layout(spec.cgc().sharedExperts(), spec.cgc().taskExperts(), List.of(spec.backbone()), softmax);
      case PLE -> new Layout(spec.ple().sharedExperts(), spec.ple().taskExperts(), spec.pleLevels(), softmax);
      case DSELECT_K -> {
        DSelectKSpec d = spec.dselectK();
        yield new Layout(d.experts(), 0, List.of(spec.backbone()),
            (width, n) -> new DSelectKGate(width, n, d.k(), d.gamma(), d.entropy()));
      }
      default -> throw new IllegalArgumentException(spec.sharing() + " is not a mixture of experts");
    };
  }
}
