package org.mtlworkbench.store;

/**
 * Where the single-task baseline of one task and seed lives.
 *
 * @param task task name
 * @param seed the seed it was trained with
 * @param dir its run directory (in the baseline cache)
 * @param cached whether it was reused from an earlier run rather than trained now
 */
public record BaselineRef(String task, long seed, String dir, boolean cached) {}
