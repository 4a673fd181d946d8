package org.mtlworkbench.study;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.experiment.ExperimentSpec;

/**
 * The cache key of a single-task baseline: SHA-256 over the canonical JSON of its spec (every
 * default filled in by the records, properties and map entries sorted, no white space, the name
 * left out because it changes nothing), its seed, and — for CSV data — the SHA-256 of the CSV
 * file's bytes, so that an edited data file is never answered from the cache.
 */
public final class BaselineKey {
  /** Bump when training changes in a way that makes earlier baselines stale. */
  static final int FORMAT = 1;

  private static final ObjectMapper CANONICAL =
      JsonMapper.builder()
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .serializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
          .build();

  private BaselineKey() {}

  /** The canonical JSON the key is computed from (without the CSV hash). */
  public static String canonicalJson(ExperimentSpec spec) {
    try {
      return CANONICAL.writeValueAsString(spec.withName(""));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise the baseline spec", e);
    }
  }

  /** 64 hex digits. */
  public static String of(ExperimentSpec spec) {
    MessageDigest sha = sha256();
    String text = "mtl-workbench single-task baseline, format " + FORMAT + "\n" + canonicalJson(spec) + "\nseed="
        + spec.training().seed() + "\n";
    sha.update(text.getBytes(StandardCharsets.UTF_8));
    if (spec.data().csv() != null) {
      sha.update(("csv-sha256=" + fileHash(Path.of(spec.data().csv()))).getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /** SHA-256 of a file's bytes, as 64 hex digits. */
  static String fileHash(Path file) {
    MessageDigest sha = sha256();
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        sha.update(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new InputException("data.csv: cannot read " + file + ": " + e.getMessage(), e);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
