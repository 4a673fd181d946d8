package org.mtlworkbench.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.mtlworkbench.common.InputException;

/**
 * Reads a JSON file of ours (an experiment, a run's run.json) into its record type, every problem
 * as one {@link InputException} line that names the file, the line and column, the field, and
 * what is wrong in plain words ({@link JsonErrors}). One home for this, so that the experiment
 * files, the run store and anything read later answer a broken file alike.
 */
public final class JsonFiles {
  private JsonFiles() {}

  /**
   * The file's text: UTF-8, a leading byte-order mark dropped.
   *
   * @param shown how the file is named in messages
   */
  public static String text(Path file, String shown) {
    if (Files.isDirectory(file)) {
      throw new InputException(shown + ": is a folder, not a file");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InputException(shown + ": no such file");
    } catch (IOException e) {
      throw new InputException(shown + ": cannot be read (" + e.getMessage() + ")");
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new InputException(shown + ": the file is not UTF-8 text; save it as UTF-8 (or plain ASCII)");
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /**
   * Parses {@code json} into {@code type}.
   *
   * @param source how the text is named in messages (the file)
   * @param what what the file holds, for the messages ("experiment", "run")
   */
  public static <T> T parse(ObjectMapper mapper, String json, String source, Class<T> type, String what) {
    if (json.isBlank()) {
      throw new InputException(source + ": the file is empty");
    }
    JsonNode tree = null;
    try {
      tree = mapper.readTree(json);
      var unknown = new UnknownFieldCheck(mapper).find(json, type);
      if (unknown.isPresent()) {
        var u = unknown.get();
        throw new InputException(source + JsonErrors.where(u.location()) + ": unknown field '" + u.path() + "'; known fields here: "
            + String.join(", ", u.known()));
      }
      T value = mapper.readValue(json, type);
      if (value == null) {
        throw new InputException(source + ": the file holds null, not " + article(what) + " " + what);
      }
      return value;
    } catch (UnrecognizedPropertyException e) {
      String known = e.getKnownPropertyIds() == null ? ""
          : "; known fields here: " + e.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
      throw new InputException(source + JsonErrors.where(e.getLocation()) + ": unknown field '" + JsonErrors.path(e) + "'" + known, e);
    } catch (JsonMappingException e) {
      Throwable cause = e.getCause();
      while (cause != null && !(cause instanceof InputException)) {
        cause = cause.getCause();
      }
      if (cause != null) {
        // the record's own check: its message names the field ("training.epochs must be ≥ 1")
        // unless it speaks of a part ("layer units must be ..."), which the path then locates
        String field = JsonErrors.path(e);
        boolean named = field.isEmpty() || cause.getMessage().startsWith(field);
        throw new InputException(source + (named ? "" : ", in '" + field + "'") + ": " + cause.getMessage(), e);
      }
      throw new InputException(source + JsonErrors.describe(e, tree, json), e);
    } catch (JsonProcessingException e) {
      throw new InputException(source + JsonErrors.describe(e, tree, json), e);
    } catch (IOException e) {
      throw new InputException(source + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  private static String article(String word) {
    return "aeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
  }
}
