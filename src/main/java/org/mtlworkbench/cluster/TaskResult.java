package org.mtlworkbench.cluster;

import java.io.Serializable;

/**
 * What a Spark task sends back to the driver: how its run ended and the run directory itself,
 * zipped ({@link RunFolderZip}), so that the results come home through Spark and the executors
 * need no folder shared with the driver.
 *
 * @param key which run ({@link ClusterWork#key})
 * @param dir its run directory, relative to the study directory
 * @param end how it ended
 * @param files the run directory as a zip, or null when the run left none (it failed before
 *     training, or was stopped)
 */
public record TaskResult(String key, String dir, RunEnd end, byte[] files) implements Serializable {}
