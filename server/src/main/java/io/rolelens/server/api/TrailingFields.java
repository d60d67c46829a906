package io.rolelens.server.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import java.io.IOException;

/**
 * A generator that writes more fields into the outermost object just before it closes: how the
 * server adds its own fields (the market context) to the analysis JSON that the analyzer streams,
 * without a tree or a copy. Not thread-safe, like any generator.
 */
final class TrailingFields extends JsonGeneratorDelegate {
  /** Writes fields into the object the generator is in. */
  @FunctionalInterface
  interface Fields {
    void write(JsonGenerator g) throws IOException;
  }

  private Fields fields;

  TrailingFields(JsonGenerator g, Fields fields) {
    super(g, false);
    this.fields = fields;
  }

  @Override
  public void writeEndObject() throws IOException {
    if (fields != null && delegate.getOutputContext().getParent().inRoot()) {
      Fields last = fields;
      fields = null;
      last.write(delegate);
    }
    delegate.writeEndObject();
  }
}
