package org.mtlworkbench.model;

import java.util.ArrayList;
import java.util.List;
import org.mtlworkbench.nn.FlatViews;
import org.mtlworkbench.nn.Layer;
import org.mtlworkbench.nn.ParameterSegment;
import org.mtlworkbench.nn.Sequential;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The trainable parts of a model besides its heads, each either shared (more than one task's loss
 * reaches it: it is in every task's gradient row) or one task's own (only that task's loss
 * reaches it: a gate, a task's own experts, its attention modules — updated like its head and
 * left out of the rows, so that norms and cosines on "the shared parameters" measure only what
 * tasks share, as LibMTL's {@code get_share_params} does).
 *
 * <p>A part may be read by several networks of identical shape (MTAN runs one copy of a shared
 * layer on each task's features): all of them are bound to the part's parameters. Where a
 * part's gradient goes depends on the vector being filled: vector k &lt; K is task k's row (its
 * shared parts only), vector K the fused gradient; a task's own part always writes into that
 * task's slice of the model's gradient.
 */
final class PartTable {
  /** Owner of a shared part. */
  static final int SHARED = -1;

  private record Part(String name, int owner, long length, List<ParameterSegment> inner, List<? extends Layer> nets, long offset) {}

  private final int taskCount;
  private final List<Part> parts = new ArrayList<>();
  private final long[] privateLengths;
  private long sharedLength;
  /** [part][vector]. */
  private INDArray[][] gradients;

  PartTable(int taskCount) {
    this.taskCount = taskCount;
    this.privateLengths = new long[taskCount];
  }

  /**
   * Adds a part read by {@code nets} (one network, or tied copies of identical shape).
   *
   * @param name segment name in the row (its layers' segments go under it, e.g. {@code expert1/dense1})
   * @param owner {@link #SHARED} or the task that alone reaches it
   * @return the part's id
   */
  int add(String name, int owner, List<? extends Layer> nets) {
    Layer first = nets.get(0);
    List<ParameterSegment> inner = first instanceof Sequential s ? s.parameterSegments() : List.of();
    return add(name, owner, nets, inner.stream().map(i -> new ParameterSegment(name + "/" + i.name(), i.offset(), i.length())).toList());
  }

  int add(String name, int owner, Layer net) {
    return add(name, owner, List.of(net));
  }

  /**
   * Adds a part whose layers are named by {@code segments} (offsets within the part); a part
   * without them is one segment named {@code name}.
   */
  int add(String name, int owner, List<? extends Layer> nets, List<ParameterSegment> segments) {
    long length = nets.get(0).parameterCount();
    List<ParameterSegment> inner = segments.isEmpty() && length > 0 ? List.of(new ParameterSegment(name, 0, length)) : segments;
    long offset;
    if (owner == SHARED) {
      offset = sharedLength;
      sharedLength += length;
    } else {
      offset = privateLengths[owner];
      privateLengths[owner] += length;
    }
    parts.add(new Part(name, owner, length, List.copyOf(inner), List.copyOf(nets), offset));
    return parts.size() - 1;
  }

  long sharedLength() {
    return sharedLength;
  }

  long[] privateLengths() {
    return privateLengths.clone();
  }

  boolean isShared(int part) {
    return parts.get(part).owner() == SHARED;
  }

  /** The shared parts' layers, in row order, for per-layer norms. */
  List<ParameterSegment> sharedSegments() {
    List<ParameterSegment> out = new ArrayList<>();
    for (Part p : parts) {
      if (p.owner() == SHARED) {
        for (ParameterSegment s : p.inner()) {
          out.add(new ParameterSegment(s.name(), p.offset() + s.offset(), s.length()));
        }
      }
    }
    return out;
  }

  /**
   * Binds every part's networks to their parameters and records where their gradients go.
   *
   * @param shared the model's shared parameters
   * @param privates each task's own parameters (null for a task with none)
   * @param targets the K task rows and the fused shared gradient
   * @param privateGradients each task's own gradient slice
   */
  void bind(INDArray shared, INDArray[] privates, INDArray[] targets, INDArray[] privateGradients) {
    gradients = new INDArray[parts.size()][taskCount + 1];
    for (int i = 0; i < parts.size(); i++) {
      Part p = parts.get(i);
      if (p.length() == 0) {
        continue;
      }
      INDArray values = FlatViews.vector(p.owner() == SHARED ? shared : privates[p.owner()], p.offset(), p.length());
      for (Layer net : p.nets()) {
        net.bindParameters(values);
      }
      for (int v = 0; v <= taskCount; v++) {
        INDArray into = p.owner() == SHARED ? targets[v] : privateGradients[p.owner()];
        gradients[i][v] = FlatViews.vector(into, p.offset(), p.length());
      }
    }
  }

  /** Where part {@code part}'s gradient goes when vector {@code vector} is filled; null for a part without parameters. */
  INDArray gradient(int part, int vector) {
    return gradients[part][vector];
  }
}
