package org.mtlworkbench.experiment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Collectors;
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
    return parse(text(file), file.getFileName().toString());
  }

  /** The text of a file the user named; {@link InputException} naming it when it cannot be read. */
  public static String text(Path file) {
    try {
      return Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": no such file");
    } catch (IOException e) {
      throw new InputException(file + ": cannot read: " + e.getMessage());
    }
  }

  /** Parses experiment JSON; {@code source} names it in error messages. */
  public static ExperimentSpec parse(String json, String source) {
    return parse(json, source, ExperimentSpec.class, "experiment");
  }

  /**
   * Parses a JSON file of the workbench (an experiment, a study) as strictly as an experiment
   * file: unknown fields are errors with their path, line and column, and every other problem is
   * one line naming the file and the field.
   *
   * @param source names the file in messages
   * @param type the record the file holds
   * @param what what the file holds, in words ("experiment", "study")
   */
  public static <T> T parse(String json, String source, Class<T> type, String what) {
    if (json.isBlank()) {
      throw new InputException(source + ": the file is empty");
    }
    try {
      var unknown = new UnknownFieldCheck(MAPPER).find(json, type);
      if (unknown.isPresent()) {
        var u = unknown.get();
        throw new InputException(source + JsonErrors.where(u.location()) + ": unknown field '" + u.path() + "'; known fields here: "
            + String.join(", ", u.known()));
      }
      T value = MAPPER.readValue(json, type);
      if (value == null) {
        throw new InputException(source + ": the file holds no " + what + " (null)");
      }
      return value;
    } catch (UnrecognizedPropertyException e) {
      String known =
          e.getKnownPropertyIds() == null
              ? ""
              : "; known fields here: " + e.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
      throw new InputException(source + JsonErrors.where(e.getLocation()) + ": unknown field '" + JsonErrors.path(e) + "'" + known, e);
    } catch (JsonMappingException e) {
      Throwable cause = e.getCause();
      while (cause != null && !(cause instanceof InputException)) {
        cause = cause.getCause();
      }
      String field = JsonErrors.path(e);
      if (cause != null) {
        throw new InputException(source + (field.isEmpty() ? "" : ", in '" + field + "'") + ": " + cause.getMessage(), e);
      }
      throw new InputException(source + JsonErrors.where(e.getLocation()) + (field.isEmpty() ? "" : ", field '" + field + "'") + ": " + e.getOriginalMessage(), e);
    } catch (JsonProcessingException e) {
      throw new InputException(source + JsonErrors.where(e.getLocation()) + ": malformed JSON: " + e.getOriginalMessage(), e);
    } catch (java.io.IOException e) {
      throw new InputException(source + ": cannot read: " + e.getMessage(), e);
    }
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
