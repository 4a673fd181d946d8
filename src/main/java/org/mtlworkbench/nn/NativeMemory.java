package org.mtlworkbench.nn;

/**
 * Turns off JavaCPP's resident-size check, which it runs on every native pointer it registers.
 *
 * <p>Why: JavaCPP (1.5.7, under nd4j-native 1.0.0-M2.1) registers each pointer it allocates with
 * its deallocator while holding one process-wide lock, and, while {@code maxPhysicalBytes} is
 * above zero, first reads the process's resident size ({@code Pointer.physicalBytesInaccurate}):
 * measured at about 1.1 µs a call here. ND4J makes about 22 such pointers a training step of the
 * small MLPs (shape information for new arrays and for broadcast ops), so a step paid about 24 µs
 * for it, inside that lock; with two runs in one JVM (a Spark executor with two cores) the
 * trainers queued on it: 47 waits of over 10 ms in 30 s of a JFR recording (PERFORMANCE.md,
 * "Spark").
 *
 * <p>What is given up: the check only acts once the resident size passes {@code
 * maxPhysicalBytes}, by default four times the maximum heap: with the default heap of a quarter
 * of the RAM, never before the machine's memory is spent. The cheap check on the bytes JavaCPP
 * tracks itself ({@code maxBytes}) stays. A value the user sets with {@code
 * -Dorg.bytedeco.javacpp.maxPhysicalBytes=…} is kept.
 */
public final class NativeMemory {
  /** The system property JavaCPP reads once, when its {@code Pointer} class is initialised. */
  public static final String MAX_PHYSICAL_BYTES = "org.bytedeco.javacpp.maxPhysicalBytes";

  private NativeMemory() {}

  /**
   * Sets {@link #MAX_PHYSICAL_BYTES} to 0 unless it is set already (in either spelling JavaCPP
   * reads). Must run before the first native array is made, i.e. first thing in {@code main} and
   * in a Spark task, to have any effect.
   */
  public static void skipResidentSizeCheck() {
    if (System.getProperty(MAX_PHYSICAL_BYTES) == null
        && System.getProperty(MAX_PHYSICAL_BYTES.toLowerCase(java.util.Locale.ROOT)) == null) {
      System.setProperty(MAX_PHYSICAL_BYTES, "0");
    }
  }
}
