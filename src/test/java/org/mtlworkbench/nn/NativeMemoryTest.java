package org.mtlworkbench.nn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NativeMemoryTest {
  private static final String LOWER = NativeMemory.MAX_PHYSICAL_BYTES.toLowerCase(java.util.Locale.ROOT);
  private String saved;
  private String savedLower;

  @BeforeEach
  void save() {
    saved = System.clearProperty(NativeMemory.MAX_PHYSICAL_BYTES);
    savedLower = System.clearProperty(LOWER);
  }

  @AfterEach
  void restore() {
    System.clearProperty(NativeMemory.MAX_PHYSICAL_BYTES);
    System.clearProperty(LOWER);
    if (saved != null) {
      System.setProperty(NativeMemory.MAX_PHYSICAL_BYTES, saved);
    }
    if (savedLower != null) {
      System.setProperty(LOWER, savedLower);
    }
  }

  @Test
  void turnsTheCheckOffWhenNobodySetIt() {
    NativeMemory.skipResidentSizeCheck();

    assertThat(System.getProperty(NativeMemory.MAX_PHYSICAL_BYTES)).isEqualTo("0");
  }

  @Test
  void keepsTheUsersValueInEitherSpelling() {
    System.setProperty(NativeMemory.MAX_PHYSICAL_BYTES, "8G");
    NativeMemory.skipResidentSizeCheck();
    assertThat(System.getProperty(NativeMemory.MAX_PHYSICAL_BYTES)).isEqualTo("8G");

    System.clearProperty(NativeMemory.MAX_PHYSICAL_BYTES);
    System.setProperty(LOWER, "4G");
    NativeMemory.skipResidentSizeCheck();
    assertThat(System.getProperty(NativeMemory.MAX_PHYSICAL_BYTES)).isNull();
    assertThat(System.getProperty(LOWER)).isEqualTo("4G");
  }
}
