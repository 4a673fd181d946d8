package org.mtlworkbench.experiment;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Finds the first field of a JSON document that the target type does not have, before binding.
 *
 * <p>Why not only Jackson's FAIL_ON_UNKNOWN_PROPERTIES: records bind through their constructor,
 * and Jackson reports unknown properties only after calling it. A misspelt required field
 * ({@code "unit"} for {@code "units"}) then surfaces as "units is missing" instead of naming the
 * misspelling. This walks the tree against the record types first (lists, maps and
 * {@code @JsonTypeInfo} subtypes included) and reports the path, line and column.
 */
final class UnknownFieldCheck {
  /**
   * An unknown field.
   *
   * @param path dotted path, e.g. {@code model.backbone[0].unit}
   * @param known the fields allowed there, sorted
   * @param location where it is in the text, or null
   */
  record Unknown(String path, Iterable<String> known, JsonLocation location) {}

  private final ObjectMapper mapper;

  UnknownFieldCheck(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  Optional<Unknown> find(String json, Class<?> type) throws IOException {
    JsonNode root = mapper.readTree(json);
    Optional<Object[]> hit = walk(root, mapper.constructType(type), "", JsonPointer.empty());
    if (hit.isEmpty()) {
      return Optional.empty();
    }
    String path = (String) hit.get()[0];
    JsonPointer pointer = (JsonPointer) hit.get()[1];
    @SuppressWarnings("unchecked")
    Iterable<String> known = (Iterable<String>) hit.get()[2];
    return Optional.of(new Unknown(path, known, locate(json, pointer)));
  }

  private Optional<Object[]> walk(JsonNode node, JavaType type, String path, JsonPointer pointer) {
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (type.isCollectionLikeType() || type.isArrayType()) {
      if (!node.isArray()) {
        return Optional.empty();
      }
      for (int i = 0; i < node.size(); i++) {
        Optional<Object[]> hit = walk(node.get(i), type.getContentType(), path + "[" + i + "]", pointer.appendIndex(i));
        if (hit.isPresent()) {
          return hit;
        }
      }
      return Optional.empty();
    }
    if (type.getRawClass() == ExperimentSource.class) {
      // a string names a file; an object is an experiment written inline
      return walk(node, mapper.constructType(ExperimentSpec.class), path, pointer);
    }
    if (type.isMapLikeType() || !node.isObject() || type.isPrimitive() || type.getRawClass().getName().startsWith("java.")) {
      return Optional.empty();
    }
    JavaType concrete = subtype(node, type);
    Map<String, JavaType> fields = new TreeMap<>();
    for (BeanPropertyDefinition p : mapper.getDeserializationConfig().introspect(concrete).findProperties()) {
      fields.put(p.getName(), p.getPrimaryType());
    }
    JsonTypeInfo info = type.getRawClass().getAnnotation(JsonTypeInfo.class);
    if (info != null) {
      fields.putIfAbsent(info.property(), mapper.constructType(String.class));
    }
    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String childPath = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
      JsonPointer childPointer = pointer.appendProperty(e.getKey());
      JavaType childType = fields.get(e.getKey());
      if (childType == null) {
        return Optional.of(new Object[] {childPath, childPointer, fields.keySet()});
      }
      Optional<Object[]> hit = walk(e.getValue(), childType, childPath, childPointer);
      if (hit.isPresent()) {
        return hit;
      }
    }
    return Optional.empty();
  }

  /** For a polymorphic type, the subtype named by the node's type property (else the type itself). */
  private JavaType subtype(JsonNode node, JavaType type) {
    JsonTypeInfo info = type.getRawClass().getAnnotation(JsonTypeInfo.class);
    JsonSubTypes subs = type.getRawClass().getAnnotation(JsonSubTypes.class);
    if (info == null || subs == null || !node.hasNonNull(info.property())) {
      return type;
    }
    String name = node.get(info.property()).asText();
    for (JsonSubTypes.Type t : subs.value()) {
      if (t.name().equals(name)) {
        return mapper.constructType(t.value());
      }
    }
    return type;
  }

  private JsonLocation locate(String json, JsonPointer target) throws IOException {
    try (JsonParser p = mapper.createParser(json)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME && p.getParsingContext().pathAsPointer().equals(target)) {
          return p.currentTokenLocation();
        }
      }
    }
    return null;
  }
}
