package org.mtlworkbench.nn;

/**
 * A layer whose output has the width of its input (activations, dropout). Such a layer is built
 * without knowing its width, so {@link #outputSize()} is only known after a forward pass; {@link
 * Sequential} takes its width from the layer before.
 */
public interface WidthPreserving extends Layer {}
