package org.mtlworkbench.study;

/**
 * One run of a study's plan and where it goes.
 *
 * @param key which run
 * @param dir its run directory, relative to the study directory, with '/' between parts
 */
public record PlannedRun(RunKey key, String dir) {}
