package org.annalist.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.function.LongSupplier;

/**
 * Runs before every API request: refuses a body larger than the limit (413) and a client that
 * has used up its token bucket (429, with {@code Retry-After}), both in the API's error shape.
 * Clients are told apart by their IP address.
 */
final class RequestLimits implements Handler {
  private final ServerLimits limits;
  private final TokenBuckets buckets;

  RequestLimits(ServerLimits limits, LongSupplier nanoClock) {
    this.limits = limits;
    this.buckets = new TokenBuckets(limits.burst(), limits.perSecond(), nanoClock);
  }

  @Override
  public void handle(Context context) {
    long length = context.req().getContentLengthLong();
    if (length > limits.maxRequestBytes()) {
      throw ApiException.tooLarge("a request body may hold at most " + limits.maxRequestBytes()
          + " bytes, this one " + length);
    }
    if (!buckets.tryTake(context.ip())) {
      context.header("Retry-After", String.valueOf(buckets.secondsUntilNextToken()));
      throw ApiException.tooManyRequests("more than " + limits.burst() + " requests at once or "
          + limits.perSecond() + " a second from " + context.ip() + "; wait and try again");
    }
  }
}
