package dev.mosaik.cli;

import dev.mosaik.serve.PreviewServer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mosaik serve}: the live preview. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Builds the site, serves it and rebuilds and reloads the browser on every change.")
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SiteOptions site;

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on. Default: ${DEFAULT-VALUE}.")
    int port = 8080;

    @Option(
            names = "--host",
            paramLabel = "HOST",
            description = "Address to listen on. Default: ${DEFAULT-VALUE} (this computer only).")
    String host = "127.0.0.1";

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), EditorLanguage.messages(spec).format("usage.port", port));
        }
        PreviewServer server = new PreviewServer(
                site.options(site.source.resolve("public")),
                host,
                port,
                spec.commandLine().getOut(),
                spec.commandLine().getErr(),
                EditorLanguage.messages(spec));
        // Registered before start-up, so that Ctrl+C during the first build also removes the temporary folder.
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            try {
                                server.close();
                            } catch (Exception e) {
                                // Shutting down anyway.
                            }
                        },
                        "mosaik-preview-stop"));
        try {
            server.start();
        } catch (java.io.IOException e) {
            spec.commandLine()
                    .getErr()
                    .println("mosaik: cannot listen on " + host + ":" + port + ": " + e.getMessage()
                            + " (is another preview running? try --port 8081)");
            server.close();
            return ExitCodes.USAGE;
        }
        spec.commandLine().getOut().println(EditorLanguage.messages(spec).format("cli.preview", server.baseUrl()));
        spec.commandLine().getOut().flush();
        server.join();
        return ExitCodes.OK;
    }
}
