package io.rolelens.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks a JSON value against the subset of JSON Schema the OpenAPI document uses: type (with type
 * lists such as ["integer", "null"]), required, properties, items, enum, minimum, maximum,
 * minLength, minItems, pattern and local $ref. Collects every problem with its JSON path.
 */
final class SchemaCheck {
  private final JsonNode document;
  private final List<String> problems = new ArrayList<>();

  private SchemaCheck(JsonNode document) {
    this.document = document;
  }

  /** The problems found checking {@code value} against {@code schema}; empty when it conforms. */
  static List<String> problems(JsonNode document, JsonNode schema, JsonNode value) {
    SchemaCheck check = new SchemaCheck(document);
    check.check(schema, value, "$");
    return check.problems;
  }

  private void check(JsonNode schema, JsonNode value, String path) {
    if (schema.has("$ref")) {
      check(resolve(schema.get("$ref").asText()), value, path);
      return;
    }
    if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
      problems.add(path + ": expected type " + schema.get("type") + ", was " + value.getNodeType());
      return;
    }
    if (schema.has("enum")) {
      boolean found = false;
      for (JsonNode option : schema.get("enum")) {
        found |= option.equals(value);
      }
      if (!found) {
        problems.add(path + ": " + value + " is not one of " + schema.get("enum"));
      }
    }
    if (value.isNumber()) {
      if (schema.has("minimum") && value.asDouble() < schema.get("minimum").asDouble()) {
        problems.add(path + ": " + value + " is below the minimum " + schema.get("minimum"));
      }
      if (schema.has("maximum") && value.asDouble() > schema.get("maximum").asDouble()) {
        problems.add(path + ": " + value + " is above the maximum " + schema.get("maximum"));
      }
    }
    if (value.isTextual()) {
      if (schema.has("minLength") && value.asText().length() < schema.get("minLength").asInt()) {
        problems.add(path + ": shorter than " + schema.get("minLength"));
      }
      if (schema.has("pattern")
          && !Pattern.compile(schema.get("pattern").asText()).matcher(value.asText()).find()) {
        problems.add(path + ": '" + value.asText() + "' does not match " + schema.get("pattern"));
      }
    }
    if (value.isObject()) {
      for (JsonNode name : schema.path("required")) {
        if (!value.has(name.asText())) {
          problems.add(path + ": missing required field " + name.asText());
        }
      }
      schema
          .path("properties")
          .properties()
          .forEach(
              p -> {
                if (value.has(p.getKey())) {
                  check(p.getValue(), value.get(p.getKey()), path + "." + p.getKey());
                }
              });
    }
    if (value.isArray()) {
      if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
        problems.add(path + ": fewer than " + schema.get("minItems") + " items");
      }
      if (schema.has("items")) {
        for (int i = 0; i < value.size(); i++) {
          check(schema.get("items"), value.get(i), path + "[" + i + "]");
        }
      }
    }
  }

  private JsonNode resolve(String ref) {
    if (!ref.startsWith("#/")) {
      throw new IllegalArgumentException("only local $refs are supported, was " + ref);
    }
    JsonNode node = document.at(ref.substring(1));
    if (node.isMissingNode()) {
      throw new IllegalArgumentException("unresolved $ref " + ref);
    }
    return node;
  }

  private static boolean typeMatches(JsonNode type, JsonNode value) {
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (typeMatches(t, value)) {
          return true;
        }
      }
      return false;
    }
    return switch (type.asText()) {
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber();
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      case "null" -> value.isNull();
      default -> throw new IllegalArgumentException("unknown schema type " + type);
    };
  }

  /** Resolves a response object's JSON schema, following a response $ref if any. */
  static JsonNode responseSchema(JsonNode document, String path, String method, int status) {
    JsonNode response =
        document
            .path("paths")
            .path(path)
            .path(method)
            .path("responses")
            .path(Integer.toString(status));
    if (response.isMissingNode()) {
      return null;
    }
    if (response.has("$ref")) {
      response = document.at(response.get("$ref").asText().substring(1));
    }
    return response.path("content").path("application/json").path("schema");
  }
}
