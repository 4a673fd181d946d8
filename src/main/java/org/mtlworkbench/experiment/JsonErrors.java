package org.mtlworkbench.experiment;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;

/** The parts of a one-line error about a JSON file: where in the file, and which field. */
public final class JsonErrors {
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
}
