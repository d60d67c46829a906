package io.rolelens.server.admission;

import java.nio.ByteBuffer;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * A request whose body has been read in full ({@link BodyLoader}): reading it gives the body as one
 * last chunk, then the end, without touching the network. Not thread-safe (one reader, as for any
 * request body).
 */
final class LoadedRequest extends Request.Wrapper {
  private final byte[] body;
  private final int length;
  private boolean served;

  LoadedRequest(Request wrapped, byte[] body, int length) {
    super(wrapped);
    this.body = body;
    this.length = length;
  }

  @Override
  public Content.Chunk read() {
    if (served) {
      return Content.Chunk.EOF;
    }
    served = true;
    return Content.Chunk.from(ByteBuffer.wrap(body, 0, length), true);
  }

  @Override
  public void demand(Runnable demandCallback) {
    // All of the body is here: whoever asks can read at once.
    demandCallback.run();
  }
}
