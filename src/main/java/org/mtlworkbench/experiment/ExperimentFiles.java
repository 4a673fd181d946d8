package org.mtlworkbench.experiment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mtlworkbench.common.AtomicFiles;
import org.mtlworkbench.common.InputException;

/**
 * Reads and writes experiment files (JSON with a {@code "schemaVersion"}).
 *
 * <p>Strict on purpose: an unknown field is an error naming its path ("model.backbone[0].unit"),
 * because a misspelt setting that is silently ignored gives a run that is not the one the user
 * asked for. Every error is one line with the file, the line and column where known, and the
 * field.
 */
public final class ExperimentFiles {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          // a value of the wrong kind is an error, not quietly converted: "epochs": 1.5 is not 1,
          // "seed": "5" is text, "name": 5 is a number, and a field given twice is ambiguous
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.Float, CoercionAction.Fail).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .serializationInclusion(JsonInclude.Include.NON_NULL)
          .build();

  private ExperimentFiles() {}

  /** The mapper configured for experiment files (shared with the run store). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Reads an experiment file; {@link InputException} with a one-line message on any problem. */
  public static ExperimentSpec read(Path file) {
    return parse(text(file), file.getFileName() == null ? file.toString() : file.getFileName().toString());
  }

  /** The text of a file the user named; {@link InputException} naming it (and saying so when it is a folder). */
  public static String text(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    return JsonFiles.text(file, Files.isDirectory(file) || !Files.exists(file) ? file.toString() : name);
  }

  /** Parses experiment JSON; {@code source} names it in error messages. */
  public static ExperimentSpec parse(String json, String source) {
    return parse(json, source, ExperimentSpec.class, "experiment");
  }

  /**
   * Parses a JSON file of the workbench (an experiment, a study) as strictly as an experiment
   * file ({@link JsonFiles#parse}).
   */
  public static <T> T parse(String json, String source, Class<T> type, String what) {
    return JsonFiles.parse(MAPPER, json, source, type, what);
  }

  /** Writes an experiment file atomically (a crash never leaves half a file). */
  public static void write(ExperimentSpec spec, Path file) {
    try {
      AtomicFiles.writeString(file, MAPPER.writeValueAsString(spec) + "\n");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise experiment", e);
    }
  }
}
