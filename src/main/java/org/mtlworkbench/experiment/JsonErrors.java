package org.mtlworkbench.experiment;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a one-line error about a JSON file: where in the file, which field, and what is
 * wrong in a reader's words. Jackson speaks of tokens, creators and Java types ("Cannot
 * deserialize value of type `java.lang.Long` from String"); a person who wrote {@code "seed":
 * "abc"} needs "expected a whole number, got text "abc"".
 */
public final class JsonErrors {
  private static final Pattern KNOWN_IDS = Pattern.compile("known type ids = \\[([^\\]]*)\\]");

  private JsonErrors() {}

  /** "model.backbone[0].units" from Jackson's reference chain ("" at the top level). */
  public static String path(JsonMappingException e) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
  }

  /** ", line L, column C", or "" when the location is unknown. */
  public static String where(JsonLocation loc) {
    if (loc == null || loc.getLineNr() < 1) {
      return "";
    }
    return ", line " + loc.getLineNr() + ", column " + loc.getColumnNr();
  }

  /**
   * Everything after the file's name for an error Jackson raised while reading {@code json}:
   * {@code ", line 8, column 26, field 'training.epochs': expected a whole number, got 1.5"}.
   *
   * @param tree the document as a tree, to say what was found at the field (null when the text is
   *     not even JSON)
   * @param json the document's text, to quote a number as it was written ("1e3", not 1000.0)
   */
  public static String describe(JsonProcessingException e, JsonNode tree, String json) {
    String where = where(e.getLocation());
    if (!(e instanceof JsonMappingException m)) {
      return where + ": " + JsonSyntaxWords.of(e);
    }
    String field = path(m);
    String at = where + (field.isEmpty() ? "" : ", field '" + field + "'") + ": ";
    if (m.getCause() instanceof InputCoercionException c) {
      return at + "expected " + expected(c.getTargetType()) + ", got " + found(m, tree, json) + ", which is too large";
    }
    if (m.getCause() instanceof JsonProcessingException p && !(p instanceof JsonMappingException)) {
      return at + JsonSyntaxWords.of(p);
    }
    if (e instanceof InvalidTypeIdException t) {
      Matcher known = KNOWN_IDS.matcher(String.valueOf(t.getOriginalMessage()));
      return at + "unknown type '" + t.getTypeId() + "'" + (known.find() ? "; known types: " + known.group(1) : "");
    }
    String original = String.valueOf(m.getOriginalMessage());
    if (original.startsWith("Trailing token")) {
      return where + ": more follows after the end of the document; a file holds one JSON object";
    }
    if (e instanceof MismatchedInputException mi && mi.getTargetType() != null) {
      return at + "expected " + expected(mi.getTargetType()) + ", got " + found(m, tree, json);
    }
    return at + "this value cannot be read here (got " + found(m, tree, json) + ")";
  }

  /** What a field of this Java type holds, as a person writes it in JSON. */
  static String expected(Class<?> type) {
    if (type == int.class || type == long.class || type == short.class || type == byte.class || type == Integer.class
        || type == Long.class || type == Short.class || type == Byte.class || type == java.math.BigInteger.class) {
      return "a whole number";
    }
    if (type == double.class || type == float.class || Number.class.isAssignableFrom(type)) {
      return "a number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
      return "text in double quotes";
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "a list [ … ]";
    }
    if (type.isEnum()) {
      return "one of " + String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString).toList());
    }
    return "an object { … }";
  }

  /** What the document holds at the error's field: "1.5", "text \"abc\"", "a list". */
  static String found(JsonMappingException e, JsonNode tree, String json) {
    JsonNode node = tree;
    for (JsonMappingException.Reference r : e.getPath()) {
      if (node == null) {
        break;
      }
      node = r.getFieldName() != null ? node.get(r.getFieldName()) : r.getIndex() >= 0 ? node.get(r.getIndex()) : null;
    }
    if (node == null) {
      return "something else";
    }
    if (node.isTextual()) {
      String t = node.asText();
      return "text \"" + (t.length() > 40 ? t.substring(0, 37) + "..." : t) + "\"";
    }
    if (node.isNumber()) {
      String n = written(json, e.getLocation()).orElse(node.asText());
      return n.length() > 40 ? n.substring(0, 20) + "… (" + n.length() + " digits)" : n;
    }
    if (node.isArray()) {
      return node.isEmpty() ? "an empty list" : "a list";
    }
    if (node.isObject()) {
      return "an object";
    }
    return node.isNull() ? "null" : node.asText();
  }

  private static final Pattern NUMBER = Pattern.compile("-?[0-9][0-9.eE+-]*");

  /** The number as written at {@code at} (line and column of the value), if one starts there. */
  static java.util.Optional<String> written(String json, JsonLocation at) {
    if (json == null || at == null || at.getLineNr() < 1 || at.getColumnNr() < 1) {
      return java.util.Optional.empty();
    }
    String[] lines = json.split("\n", -1);
    if (at.getLineNr() > lines.length || at.getColumnNr() > lines[at.getLineNr() - 1].length()) {
      return java.util.Optional.empty();
    }
    Matcher m = NUMBER.matcher(lines[at.getLineNr() - 1]).region(at.getColumnNr() - 1, lines[at.getLineNr() - 1].length());
    return m.lookingAt() ? java.util.Optional.of(m.group()) : java.util.Optional.empty();
  }
}
