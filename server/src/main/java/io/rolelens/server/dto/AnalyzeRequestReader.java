package io.rolelens.server.dto;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.rolelens.server.error.ApiError;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and validates an analyze request body, throwing a 400 {@link ApiError} that names the field
 * and the problem. Unknown fields are ignored so clients may send more. Parser buffers come from a
 * pool shared by all the server's threads. Thread-safe.
 */
public final class AnalyzeRequestReader {
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?![\\d])");
  private final ObjectMapper mapper =
      JsonMapper.builder(
              JsonFactory.builder()
                  .recyclerPool(JsonRecyclerPools.sharedConcurrentDequePool())
                  .build())
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  /** Parses UTF-8 JSON bytes into a request. */
  public AnalyzeRequest read(byte[] body) {
    JsonNode root;
    try {
      root = mapper.readTree(body);
    } catch (JsonProcessingException e) {
      throw ApiError.badRequest(
          "malformed_json", "body is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw ApiError.badRequest("malformed_json", "body could not be read as JSON");
    }
    if (root == null || root.isMissingNode()) {
      throw ApiError.badRequest(
          "malformed_json", "body is empty: send a JSON object with title and text");
    }
    if (!root.isObject()) {
      throw ApiError.badRequest("wrong_type", "body must be a JSON object, was " + kind(root));
    }
    String title = optionalString(root, "title");
    LocalDate datePosted = date(optionalString(root, "datePosted"));
    JsonNode text = root.get("text");
    JsonNode blocks = root.get("blocks");
    boolean hasText = text != null && !text.isNull();
    boolean hasBlocks = blocks != null && !blocks.isNull();
    if (hasText && hasBlocks) {
      throw ApiError.badRequest("conflicting_fields", "send either text or blocks, not both");
    }
    if (!hasText && !hasBlocks) {
      throw ApiError.badRequest(
          "missing_field",
          "text is missing: send the posting as text (a string) or blocks (an array)");
    }
    if (hasText) {
      if (!text.isTextual()) {
        throw ApiError.badRequest("wrong_type", "text must be a string, was " + kind(text));
      }
      requireNotBlank(text.asText(), "text");
      return new AnalyzeRequest(title, text.asText(), List.of(), datePosted);
    }
    List<Block> list = blocks(blocks);
    AnalyzeRequest request = new AnalyzeRequest(title, null, list, datePosted);
    requireNotBlank(request.body(), "blocks");
    return request;
  }

  private static List<Block> blocks(JsonNode blocks) {
    if (!blocks.isArray()) {
      throw ApiError.badRequest(
          "wrong_type", "blocks must be an array of {id, text}, was " + kind(blocks));
    }
    if (blocks.isEmpty()) {
      throw ApiError.badRequest("empty_text", "blocks is empty: send at least one block with text");
    }
    List<Block> list = new ArrayList<>(blocks.size());
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < blocks.size(); i++) {
      JsonNode block = blocks.get(i);
      String where = "blocks[" + i + "]";
      if (!block.isObject()) {
        throw ApiError.badRequest(
            "wrong_type", where + " must be an object {id, text}, was " + kind(block));
      }
      String id = requiredString(block, "id", where + ".id");
      if (id.isEmpty()) {
        throw ApiError.badRequest("empty_text", where + ".id is empty");
      }
      if (!ids.add(id)) {
        throw ApiError.badRequest(
            "duplicate_block_id", where + ".id '" + shorten(id) + "' is used twice");
      }
      list.add(new Block(id, requiredString(block, "text", where + ".text")));
    }
    return list;
  }

  /** An ISO date, or the date of an ISO date-time as JSON-LD's datePosted gives it; null for "". */
  private static LocalDate date(String text) {
    if (text.isEmpty()) {
      return null;
    }
    Matcher m = ISO_DATE.matcher(text.strip());
    try {
      if (m.lookingAt()) {
        return LocalDate.parse(m.group());
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw ApiError.badRequest(
        "wrong_type",
        "datePosted must be an ISO date such as 2025-08-14, was '" + shorten(text) + "'");
  }

  private static String optionalString(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return "";
    }
    if (!value.isTextual()) {
      throw ApiError.badRequest("wrong_type", field + " must be a string, was " + kind(value));
    }
    return value.asText();
  }

  private static String requiredString(JsonNode node, String field, String name) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw ApiError.badRequest("missing_field", name + " is missing");
    }
    if (!value.isTextual()) {
      throw ApiError.badRequest("wrong_type", name + " must be a string, was " + kind(value));
    }
    return value.asText();
  }

  private static void requireNotBlank(String text, String name) {
    if (text.isBlank()) {
      throw ApiError.badRequest("empty_text", name + " is empty: paste the posting's text");
    }
  }

  private static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT, POJO -> "an object";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case STRING -> "a string";
      case NULL -> "null";
      default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static String shorten(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
