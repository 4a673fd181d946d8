package org.mtlworkbench.experiment;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.mtlworkbench.common.InputException;

/**
 * An experiment named by a file that refers to it (a study file): either written inline, as an
 * object with every field of an experiment file, or as a path to an experiment file, relative to
 * the referring file's folder. In JSON it is that object or that string.
 *
 * <p>Unknown fields of an inline experiment are found like those of an experiment file
 * ({@link UnknownFieldCheck} walks it as an {@link ExperimentSpec}), with their path from the
 * referring file's top ({@code experiment.model.backbone[0].unit}) and their line in that file.
 *
 * @param path the experiment file, relative to the referring file's folder (or absolute), or null
 * @param inline the experiment itself, or null
 */
@JsonSerialize(using = ExperimentSource.Writer.class)
@JsonDeserialize(using = ExperimentSource.Reader.class)
public record ExperimentSource(String path, ExperimentSpec inline) {

  public ExperimentSource {
    if ((path == null) == (inline == null)) {
      throw new InputException("give the experiment either inline (an object) or as the path of an experiment file (a string)");
    }
    if (path != null && path.isBlank()) {
      throw new InputException("the experiment file's path is empty");
    }
  }

  public static ExperimentSource of(ExperimentSpec spec) {
    return new ExperimentSource(null, spec);
  }

  public static ExperimentSource file(String path) {
    return new ExperimentSource(path, null);
  }

  /**
   * The experiment: inline, or read from its file ({@link ExperimentFiles#read}).
   *
   * @param folder the referring file's folder, against which a relative path is resolved
   * @param field the field's name for messages ("experiment")
   */
  public ExperimentSpec load(Path folder, String field) {
    if (inline != null) {
      return inline;
    }
    return ExperimentFiles.read(file(folder, field));
  }

  /** The experiment file as a path (null when inline). */
  public Path file(Path folder, String field) {
    if (path == null) {
      return null;
    }
    try {
      Path p = Path.of(path);
      return p.isAbsolute() || folder == null ? p : folder.resolve(p);
    } catch (InvalidPathException e) {
      throw new InputException(field + ": '" + path + "' is not a valid path", e);
    }
  }

  /** The folder that relative paths inside the experiment (a CSV file) are relative to. */
  public Path baseDir(Path folder, String field) {
    if (inline != null) {
      return folder;
    }
    Path f = file(folder, field).toAbsolutePath().normalize();
    return f.getParent();
  }

  static final class Reader extends JsonDeserializer<ExperimentSource> {
    @Override
    public ExperimentSource deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        return file(p.getText());
      }
      if (p.currentToken() == JsonToken.START_OBJECT) {
        return of(ctxt.readValue(p, ExperimentSpec.class));
      }
      return (ExperimentSource) ctxt.handleUnexpectedToken(ExperimentSource.class, p.currentToken(), p,
          "expected the experiment (an object) or the path of an experiment file (a string)");
    }
  }

  static final class Writer extends JsonSerializer<ExperimentSource> {
    @Override
    public void serialize(ExperimentSource value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      if (value.path() != null) {
        gen.writeString(value.path());
      } else {
        serializers.defaultSerializeValue(value.inline(), gen);
      }
    }
  }
}
