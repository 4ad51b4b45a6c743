package org.annalist.cli;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.annalist.server.AnnalistServer;
import org.annalist.server.ServerLimits;
import org.annalist.server.ServerOptions;
import org.annalist.store.AnnalistStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code annalist serve}: serves the UI and API of a store until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serve the web UI and API of a store.")
final class ServeCommand implements Callable<Integer> {
  @Mixin
  StoreOption store;

  @Mixin
  ServeOptions serve;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    serve.validate();
    serve.serveUntilStopped(store.openToRead(), spec.commandLine().getOut());
    return 0;
  }

  /** Host, port, the names the server answers to and the clients' request rate, shared by serve and run. */
  static final class ServeOptions {
    @Option(
        names = "--port",
        paramLabel = "N",
        description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = ServerOptions.DEFAULT_PORT;

    @Option(
        names = "--host",
        paramLabel = "HOST",
        description = "Interface to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host = ServerOptions.LOOPBACK;

    @Option(
        names = "--allow-host",
        paramLabel = "NAME",
        description =
            "Also answer requests whose Host names NAME, e.g. the machine's name on the network"
                + " (repeatable). By default only localhost, loopback addresses and --host (every address of this"
                + " machine with 0.0.0.0 or ::) are answered; other names get 403, against DNS rebinding.")
    List<String> allowHosts = new ArrayList<>();

    @Option(
        names = "--rate-limit",
        paramLabel = "N",
        description =
            "API requests a second each client address may make, in bursts of 3 N; more get 429"
                + " (default: ${DEFAULT-VALUE}; raise it for a load test, never needed by one user).")
    int rateLimit = ServerLimits.DEFAULT_RATE;

    /**
     * Refuses a port, host, allowed name or rate no server can run with, before anything is
     * opened, created or analyzed.
     *
     * @throws Failures.UsageException naming the option and the value given
     */
    void validate() {
      options();
    }

    /**
     * Fails now, not after a long analysis, when the port cannot be listened on (another server
     * holds it): binds it and lets it go. Port 0 always finds a free one.
     *
     * @throws IllegalStateException saying which port and how to choose another
     */
    void requirePortFree() {
      if (port == 0) {
        return;
      }
      try (ServerSocket probe = new ServerSocket()) {
        probe.bind(new InetSocketAddress(host, port));
      } catch (IOException e) {
        throw new IllegalStateException(
            String.format(
                Locale.ROOT,
                "cannot serve on %s port %d (%s); nothing was analyzed: stop what uses it or choose another with --port",
                host,
                port,
                String.valueOf(e.getMessage())),
            e);
      }
    }

    private ServerOptions options() {
      OptionRanges.check("--port", port, 0, 65_535);
      if (rateLimit < 1) {
        throw new Failures.UsageException(
            "--rate-limit must be at least 1 request a second, was " + rateLimit);
      }
      try {
        return new ServerOptions(host, port, allowHosts);
      } catch (IllegalArgumentException e) {
        throw new Failures.UsageException(String.valueOf(e.getMessage()));
      }
    }

    void serveUntilStopped(AnnalistStore store, PrintWriter out) throws InterruptedException {
      Javalin app = AnnalistServer.start(store, options(), ServerLimits.ofRate(rateLimit));
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime()
          .addShutdownHook(new Thread(
              () -> {
                app.stop();
                stopped.countDown();
              },
              "annalist-shutdown"));
      String shownHost = host.contains(":") ? "[" + host + "]" : host;
      out.printf(
          "Annalist is serving %d documents at http://%s:%d/ (Ctrl+C to stop)%n",
          store.counts().documents(), shownHost, app.port());
      out.flush();
      stopped.await();
    }
  }
}
