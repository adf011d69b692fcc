package io.tscns.cli.cert;

import io.tscns.auth.crl.RevocationList;
import io.tscns.auth.trust.TrustAnchors;
import io.tscns.cli.ExitCode;
import io.tscns.cli.JsonOption;
import io.tscns.cli.TscnsCommand;
import io.tscns.cli.internal.InputFiles;
import io.tscns.cli.internal.Report;
import io.tscns.cli.internal.TrustOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tscns crl stats <file> --issuer <ca>}: loads a CRL with tscns-auth's streaming {@link RevocationList}, its
 * signature verified, and shows what it holds and what loading it cost (<i>statistiche della CRL</i>): issuer,
 * this and next update, CRL number, whether it is a delta, entries, load time and the heap it retains.
 */
@Command(
        name = "stats",
        mixinStandardHelpOptions = true,
        description = "Load a DER CRL (signature verified) and show issuer, updates, number, delta or not, entries, "
                + "load time and memory.")
public final class CrlStatsCommand extends TscnsCommand {

    @Parameters(paramLabel = "FILE", description = "The CRL, DER.")
    private Path file;

    @Option(
            names = "--issuer",
            required = true,
            paramLabel = "CA|DIR",
            description = "The certificate of the CA that signed the CRL, or a directory of CA certificates.")
    private Path issuer;

    @Mixin
    private JsonOption json;

    @Override
    protected ExitCode execute() throws IOException {
        List<X509Certificate> candidates = Files.isDirectory(issuer)
                ? TrustAnchors.fromDirectory(issuer).certificates()
                : List.of(InputFiles.certificate(issuer));
        long size = Files.isRegularFile(file) ? Files.size(file) : 0;
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        long start = System.nanoTime();
        TrustOptions.Loaded loaded = TrustOptions.load(file, candidates);
        long elapsed = System.nanoTime() - start;
        System.gc();
        long heapAfter = runtime.totalMemory() - runtime.freeMemory();
        RevocationList list = loaded.list();
        new Report()
                .put("issuer", "Issuer", list.issuer().getName())
                .put("thisUpdate", "This update", list.thisUpdate().toString())
                .put(
                        "nextUpdate",
                        "Next update",
                        list.nextUpdate().map(Object::toString).orElse("none"))
                .put(
                        "crlNumber",
                        "CRL number",
                        list.crlNumber().map(Object::toString).orElse("none"))
                .put("delta", "Delta CRL", list.isDelta())
                .put("entries", "Entries", list.size())
                .put("signatureAlgorithm", "Signature algorithm", list.signatureAlgorithm())
                .put("fileBytes", "File size (bytes)", size)
                .put("loadMillis", "Load time (ms)", elapsed / 1_000_000)
                .put("heapBytes", "Heap retained, approx. (bytes)", Math.max(0, heapAfter - heapBefore))
                .print(environment().out(), json.enabled());
        return ExitCode.OK;
    }
}
