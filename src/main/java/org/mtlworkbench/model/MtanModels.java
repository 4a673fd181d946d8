package org.mtlworkbench.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.mtlworkbench.common.Seeds;
import org.mtlworkbench.nn.ImageShape;
import org.mtlworkbench.nn.ParameterSegment;
import org.mtlworkbench.nn.Sequential;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Builds {@link MtanModel}: the stages and the tail are initialised from "backbone" in layer
 * order, exactly as hard sharing initialises its backbone, so that with every mask at 1 the two
 * models start identical; f_j from "attention-features/j", task t's attention module at stage j
 * from "attention/t/j".
 */
final class MtanModels {
  private MtanModels() {}

  static MtanModel build(ModelSpec spec, List<Task> tasks, List<TaskHead> heads, FeatureShape input, long seed, DataType dtype) {
    BackboneBlocks.Stages split = BackboneBlocks.convStages(spec.backbone());
    List<List<LayerSpec>> stageSpecs = split.stages();
    int s = stageSpecs.size();
    int taskCount = tasks.size();
    // hard sharing's names for the backbone's layers, so that per-layer norms compare across the two
    List<ParameterSegment> names = NetworkBuilder.build(input, spec.backbone(), 0, seed, "backbone").parameterSegments();
    int named = 0;
    PartTable parts = new PartTable(taskCount);
    List<Runnable> initializers = new ArrayList<>();

    List<FeatureShape> inputs = new ArrayList<>();
    List<FeatureShape> outputs = new ArrayList<>();
    FeatureShape shape = input;
    for (List<LayerSpec> stage : stageSpecs) {
      inputs.add(shape);
      shape = NetworkBuilder.outputShape(shape, stage, "backbone");
      outputs.add(shape);
    }
    int[] featureParts = new int[s];
    List<List<Sequential>> features = new ArrayList<>();
    for (int j = 1; j < s; j++) {
      List<Sequential> copies = new ArrayList<>();
      for (Task t : tasks) {
        copies.add(NetworkBuilder.build(inputs.get(j), stageSpecs.get(j), 0, seed, "attention-features/" + t.name() + "/" + j));
      }
      features.add(copies);
      featureParts[j] = parts.add("attention-features" + (j + 1), PartTable.SHARED, copies);
      String seedName = "attention-features/" + j;
      initializers.add(() -> copies.get(0).initialize(new Random(Seeds.derive(seed, seedName))));
    }
    List<Sequential> stages = new ArrayList<>();
    int[] stageParts = new int[s];
    for (int j = 0; j < s; j++) {
      Sequential stage = NetworkBuilder.build(inputs.get(j), stageSpecs.get(j), 0, seed, "stage/" + j);
      stages.add(stage);
      List<ParameterSegment> own = stage.parameterSegments();
      stageParts[j] = parts.add("stage" + (j + 1), PartTable.SHARED, List.of(stage), rename(own, names.subList(named, named + own.size())));
      named += own.size();
    }
    List<Sequential> tails = new ArrayList<>();
    int tailPart = -1;
    if (!split.tail().isEmpty()) {
      for (Task t : tasks) {
        tails.add(NetworkBuilder.build(shape, split.tail(), 0, seed, "tail/" + t.name()));
      }
      List<ParameterSegment> own = tails.get(0).parameterSegments();
      tailPart = parts.add("tail", PartTable.SHARED, tails, rename(own, names.subList(named, named + own.size())));
    }
    initializers.add(() -> {
      Random rng = new Random(Seeds.derive(seed, "backbone"));
      stages.forEach(st -> st.initialize(rng));
      if (!tails.isEmpty()) {
        tails.get(0).initialize(rng);
      }
    });
    List<List<Sequential>> attention = new ArrayList<>();
    int[][] attentionParts = new int[taskCount][s];
    for (int k = 0; k < taskCount; k++) {
      List<Sequential> modules = new ArrayList<>();
      for (int j = 0; j < s; j++) {
        ImageShape p = outputs.get(j).image();
        int channels = j == 0 ? p.channels() : 2 * p.channels();
        FeatureShape in = FeatureShape.of(new ImageShape(channels, p.height(), p.width()));
        List<LayerSpec> layers = List.of(LayerSpec.conv(p.channels(), 1, "relu"), LayerSpec.conv(p.channels(), 1, "sigmoid"));
        String name = "attention/" + tasks.get(k).name() + "/" + j;
        Sequential module = NetworkBuilder.build(in, layers, 0, seed, name);
        modules.add(module);
        attentionParts[k][j] = parts.add(name, k, module);
        initializers.add(() -> module.initialize(new Random(Seeds.derive(seed, name))));
      }
      attention.add(modules);
    }
    MtanModel model = new MtanModel(tasks, stages, features, attention, tails, heads, parts, stageParts, featureParts,
        attentionParts, tailPart, dtype);
    initializers.forEach(Runnable::run);
    return model;
  }

  /** {@code own} (a part's layers) under the names {@code names} of the same layers in the whole backbone. */
  private static List<ParameterSegment> rename(List<ParameterSegment> own, List<ParameterSegment> names) {
    List<ParameterSegment> out = new ArrayList<>();
    for (int i = 0; i < own.size(); i++) {
      out.add(new ParameterSegment(names.get(i).name(), own.get(i).offset(), own.get(i).length()));
    }
    return out;
  }
}
