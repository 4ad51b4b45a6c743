package org.annalist.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.annalist.store.AnnalistStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestLimitsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path directory;

  @Test
  void aClientThatEmptiesItsBucketGets429InTheErrorShapeAndTheUiStaysServed() {
    ServerLimits limits = new ServerLimits(1024, 3, 0.01);
    JavalinTest.test(
        AnnalistServer.create(AnnalistStore.open(directory), limits), (server, client) -> {
          for (int i = 0; i < 3; i++) {
            assertThat(client.get("/api/health").code()).isEqualTo(200);
          }
          Response refused = client.get("/api/health");
          assertThat(refused.code()).isEqualTo(429);
          assertThat(refused.header("Retry-After")).isEqualTo("100");
          JsonNode error = JSON.readTree(refused.body().string());
          assertThat(error.get("type").asText()).isEqualTo("too-many-requests");
          assertThat(error.get("status").asInt()).isEqualTo(429);
          assertThat(client.get("/").code()).as("the limit is on the API only").isEqualTo(200);
        });
  }

  @Test
  void aRaisedRateLetsOneClientMakeMoreRequestsThanTheDefaultBurst() {
    assertThat(ServerLimits.ofRate(ServerLimits.DEFAULT_RATE)).isEqualTo(ServerLimits.DEFAULT);
    ServerLimits raised = ServerLimits.ofRate(1000);
    assertThat(raised.burst()).isEqualTo(3000);
    assertThat(raised.maxRequestBytes()).isEqualTo(ServerLimits.DEFAULT.maxRequestBytes());
    JavalinTest.test(
        AnnalistServer.create(AnnalistStore.open(directory), raised), (server, client) -> {
          for (int i = 0; i < 2 * ServerLimits.DEFAULT.burst(); i++) {
            assertThat(client.get("/api/health").code()).as("request %d", i).isEqualTo(200);
          }
        });
  }

  @Test
  void aRateBelowOneRequestASecondIsRefused() {
    assertThatThrownBy(() -> ServerLimits.ofRate(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1 request a second, was 0");
  }

  @Test
  void aBodyOverTheLimitIsRefusedWith413() {
    ServerLimits limits = new ServerLimits(16, 100, 100);
    JavalinTest.test(
        AnnalistServer.create(AnnalistStore.open(directory), limits), (server, client) -> {
          Request post = new Request.Builder()
              .url(client.getOrigin() + "/api/health")
              .post(RequestBody.create("x".repeat(100), MediaType.get("text/plain")))
              .build();
          try (Response response = client.getOkHttp().newCall(post).execute()) {
            assertThat(response.code()).isEqualTo(413);
            assertThat(JSON.readTree(response.body().string()).get("type").asText())
                .isEqualTo("too-large");
          }
        });
  }

  @Test
  void bucketsRefillWithTimeAndAreKeptPerClient() {
    AtomicLong now = new AtomicLong();
    TokenBuckets buckets = new TokenBuckets(2, 1, now::get);
    assertThat(buckets.tryTake("a")).isTrue();
    assertThat(buckets.tryTake("a")).isTrue();
    assertThat(buckets.tryTake("a")).isFalse();
    assertThat(buckets.tryTake("b")).as("another client has its own bucket").isTrue();
    now.addAndGet(1_000_000_000L);
    assertThat(buckets.tryTake("a")).as("one token back after a second").isTrue();
    assertThat(buckets.tryTake("a")).isFalse();
    now.addAndGet(60_000_000_000L);
    assertThat(buckets.tryTake("a")).isTrue();
    assertThat(buckets.tryTake("a")).as("never more than the capacity").isTrue();
    assertThat(buckets.tryTake("a")).isFalse();
  }
}
