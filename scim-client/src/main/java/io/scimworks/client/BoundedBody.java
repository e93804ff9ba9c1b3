package io.scimworks.client;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Reads a response body into memory, but never more than a limit: a {@code Content-Length} over it
 * is refused before the body is read, and a body that turns out longer (chunked, or lying about its
 * length) is cut off as soon as the bytes received pass the limit. Either way the subscription is
 * cancelled, which makes the HTTP client close the connection instead of draining it.
 *
 * <p>The JDK's {@code BodyHandlers.ofByteArray()} has no such limit, so a service (or a proxy) that
 * answers with an endless body would fill the heap; the request timeout does not help, as it bounds
 * time, not bytes (at loopback or LAN speed gigabytes arrive well within it).
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {
  /** How much of the beginning of a rejected body to keep, for the exception's snippet. */
  private static final int HEAD = 1024;

  /** Makes the exception for a body over the limit. */
  @FunctionalInterface
  interface Refusal {
    /**
     * The exception to fail with.
     *
     * @param info the response's status and headers
     * @param head the first bytes received, possibly none
     * @param declared the {@code Content-Length} when it was over the limit, else -1
     */
    RuntimeException refuse(HttpResponse.ResponseInfo info, byte[] head, long declared);
  }

  private final long limit;
  private final HttpResponse.ResponseInfo info;
  private final Refusal refusal;
  private final long declared;
  private final CompletableFuture<byte[]> body = new CompletableFuture<>();
  private final List<byte[]> chunks = new ArrayList<>();
  private long received;
  private volatile Flow.@Nullable Subscription subscription;

  private BoundedBody(long limit, HttpResponse.ResponseInfo info, Refusal refusal, long declared) {
    this.limit = limit;
    this.info = info;
    this.refusal = refusal;
    this.declared = declared;
  }

  /**
   * A handler whose bodies hold at most {@code limit} bytes.
   *
   * @param limit the most bytes a body may have
   * @param refusal makes the exception a body over the limit fails with
   * @param created told the subscriber made, so that it can be {@link #abort aborted}
   */
  static HttpResponse.BodyHandler<byte[]> handler(
      long limit, Refusal refusal, AtomicReference<BoundedBody> created) {
    return info -> {
      long length = contentLength(info);
      BoundedBody body = new BoundedBody(limit, info, refusal, length > limit ? length : -1);
      created.set(body);
      return body;
    };
  }

  /**
   * Stops reading: cancels the subscription (the HTTP client closes the connection) and fails the
   * body with {@code failure}, unless it is complete already. Safe from any thread.
   */
  void abort(Throwable failure) {
    if (body.completeExceptionally(failure)) {
      Flow.Subscription s = subscription;
      if (s != null) {
        s.cancel();
      }
    }
  }

  private static long contentLength(HttpResponse.ResponseInfo info) {
    String value = info.headers().firstValue("Content-Length").orElse("");
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return -1; // absent or garbled: the count while reading still applies
    }
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return body;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    if (declared >= 0) {
      refuse(new byte[0]);
      return;
    }
    subscription.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    if (body.isDone()) {
      return;
    }
    for (ByteBuffer buffer : buffers) {
      int n = buffer.remaining();
      if (received + n > limit) {
        refuse(head());
        return;
      }
      byte[] chunk = new byte[n];
      buffer.get(chunk);
      chunks.add(chunk);
      received += n;
    }
  }

  @Override
  public void onError(Throwable error) {
    chunks.clear();
    body.completeExceptionally(error);
  }

  @Override
  public void onComplete() {
    if (body.isDone()) {
      return;
    }
    byte[] all = new byte[(int) received];
    int at = 0;
    for (byte[] chunk : chunks) {
      System.arraycopy(chunk, 0, all, at, chunk.length);
      at += chunk.length;
    }
    chunks.clear();
    body.complete(all);
  }

  private void refuse(byte[] head) {
    chunks.clear();
    Flow.Subscription s = subscription;
    if (s != null) {
      s.cancel();
    }
    body.completeExceptionally(refusal.refuse(info, head, declared));
  }

  /** The first bytes received so far, at most {@link #HEAD}. */
  private byte[] head() {
    byte[] head = new byte[(int) Math.min(received, HEAD)];
    int at = 0;
    for (byte[] chunk : chunks) {
      if (at == head.length) {
        break;
      }
      int n = Math.min(chunk.length, head.length - at);
      System.arraycopy(chunk, 0, head, at, n);
      at += n;
    }
    return head;
  }
}
