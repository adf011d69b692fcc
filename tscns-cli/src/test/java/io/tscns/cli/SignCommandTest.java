package io.tscns.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tscns.auth.challenge.Challenge;
import io.tscns.auth.challenge.ChallengeResult;
import io.tscns.auth.challenge.ChallengeVerifier;
import io.tscns.auth.trust.TrustAnchors;
import io.tscns.auth.validation.CnsCertificateValidator;
import io.tscns.auth.validation.ValidationPolicy;
import io.tscns.auth.validation.Verdict;
import io.tscns.simcard.IssuedCard;
import io.tscns.simcard.smartcardio.SimulatedReaders;
import io.tscns.test.junit.WithSimulatedCard;
import io.tscns.testpki.TestIssuer;
import io.tscns.testpki.TestPki;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@WithSimulatedCard(seed = 13)
class SignCommandTest {

    @TempDir
    Path dir;

    @Test
    void signedChallengeIsAcceptedByAServiceProvider(SimulatedReaders readers, IssuedCard issued) throws Exception {
        Clock clock = TestPki.standard().clock();
        CnsCertificateValidator validator = new CnsCertificateValidator(
                TrustAnchors.of(
                        List.of(TestPki.standard().issuingCa(TestIssuer.TOSCANA).certificate())),
                ValidationPolicy.DEFAULT,
                Optional.empty(),
                clock);
        ChallengeVerifier server =
                new ChallengeVerifier("portale.example", Duration.ofMinutes(2), 10, validator, clock);
        Challenge challenge = server.issue();

        Cli.Result result = Cli.with(readers)
                .stdin(PinCommandTest.pin(issued) + "\n")
                .run("sign", "--challenge", challenge.toBase64(), "--pin-stdin", "--json");

        assertTrue(result.exited(ExitCode.OK), result::toString);
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertEquals("SHA256withRSA", json.get("algorithm").asText());
        assertArrayEquals(
                issued.certificate().getEncoded(),
                Base64.getDecoder().decode(json.get("certificate").asText()));
        byte[] signature = Base64.getDecoder().decode(json.get("signature").asText());
        ChallengeResult answer = server.verify(challenge.bytes(), signature, issued.certificate());
        Verdict verdict =
                assertInstanceOf(ChallengeResult.Verified.class, answer).verdict();
        assertEquals(
                issued.codiceFiscale(),
                assertInstanceOf(Verdict.Accepted.class, verdict).identity().codiceFiscale());
    }

    @Test
    void dataAndFilesAreSignedAsSha256WithRsa(SimulatedReaders readers, IssuedCard issued) throws Exception {
        Path file = Files.writeString(dir.resolve("document.txt"), "ricetta 42");
        Path out = dir.resolve("document.sig");

        Cli.Result hex = Cli.with(readers)
                .stdin(PinCommandTest.pin(issued) + "\n")
                .run("sign", "--data", "ricetta 42", "--format", "hex", "--pin-stdin");
        Cli.Result toFile = Cli.with(readers)
                .stdin(PinCommandTest.pin(issued) + "\n")
                .run("sign", "--file", file.toString(), "--output", out.toString(), "--pin-stdin");

        assertTrue(hex.exited(ExitCode.OK), hex::toString);
        assertTrue(toFile.exited(ExitCode.OK), toFile::toString);
        assertTrue(toFile.out().startsWith("Signature (256 bytes, SHA256withRSA) written to "), toFile::out);
        byte[] fromHex = HexFormat.of().parseHex(hex.out().strip());
        assertArrayEquals(fromHex, Files.readAllBytes(out), "PKCS#1 v1.5 is deterministic: same data, same bytes");
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(issued.certificate().getPublicKey());
        verifier.update("ricetta 42".getBytes(StandardCharsets.UTF_8));
        assertTrue(verifier.verify(fromHex));
    }

    @Test
    void wrongPinSignsNothing(SimulatedReaders readers, IssuedCard issued) {
        Path out = dir.resolve("never.sig");
        Cli.Result result = Cli.with(readers)
                .stdin(PinCommandTest.wrongPin(issued) + "\n")
                .run("sign", "--data", "x", "--output", out.toString(), "--pin-stdin");

        assertTrue(result.exited(ExitCode.WRONG_PIN), result::toString);
        assertTrue(result.err().contains("2 tries left"), result::err);
        assertEquals("", result.out());
        assertTrue(Files.notExists(out));
    }

    @Test
    void inputMistakesAreReportedBeforeThePinIsAsked(SimulatedReaders readers) {
        Cli.Result badBase64 = Cli.with(readers).run("sign", "--challenge", "not*base64", "--pin-stdin");
        assertTrue(badBase64.exited(ExitCode.INVALID_INPUT), badBase64::toString);
        assertTrue(badBase64.err().startsWith("tscns: the challenge is not base64"), badBase64::err);

        Cli.Result both = Cli.with(readers).run("sign", "--data", "a", "--challenge", "AA==");
        assertTrue(both.exited(ExitCode.USAGE), both::toString);
        Cli.Result neither = Cli.with(readers).run("sign");
        assertTrue(neither.exited(ExitCode.USAGE), neither::toString);
        assertEquals(1, neither.err().lines().count(), neither::err);
        assertTrue(neither.err().contains("`tscns sign --help`"), neither::err);
    }
}
