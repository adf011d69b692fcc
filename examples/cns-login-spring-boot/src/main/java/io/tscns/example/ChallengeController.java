package io.tscns.example;

import io.tscns.auth.cert.Certificates;
import io.tscns.auth.cert.InvalidCertificateException;
import io.tscns.auth.challenge.ChallengeResult;
import io.tscns.auth.challenge.ChallengeStoreException;
import io.tscns.auth.challenge.ChallengeVerifier;
import io.tscns.auth.servlet.RefusalResponse;
import io.tscns.auth.validation.Verdict;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.Base64;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Login by challenge (<i>accesso a sfida e risposta</i>), for a client that reads the card itself (a desktop
 * application, a signing agent) instead of the browser's TLS: {@code POST /challenges} issues a single-use challenge,
 * the card signs it ({@code CnsCard.authenticate}), {@code POST /challenges/answer} checks the signature and the
 * certificate. With {@code tscns.auth.challenge.store=jdbc} every node shares the challenges through the database,
 * which lets an answer in once, whichever node it reaches.
 */
@RestController
public class ChallengeController {

    /** A challenge to sign, URL-safe base64 without padding. */
    record Issued(String challenge) {}

    /**
     * The card's answer, each field URL-safe or standard base64.
     *
     * @param challenge   the challenge as issued
     * @param signature   the card's SHA256withRSA signature over it
     * @param certificate the card's CNS certificate, DER
     */
    record Answer(String challenge, String signature, String certificate) {}

    /** Who logged in. */
    record LoggedIn(String codiceFiscale, String givenName, String surname) {}

    private final ChallengeVerifier verifier;

    ChallengeController(ChallengeVerifier verifier) {
        this.verifier = verifier;
    }

    @PostMapping(path = "/challenges", produces = MediaType.APPLICATION_JSON_VALUE)
    Issued issue() {
        return new Issued(verifier.issue().toBase64());
    }

    @PostMapping(path = "/challenges/answer", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> answer(@RequestBody Answer answer) {
        X509Certificate certificate;
        byte[] challenge;
        byte[] signature;
        try {
            challenge = decode(answer.challenge());
            signature = decode(answer.signature());
            certificate = Certificates.parseDer(decode(answer.certificate()));
        } catch (IllegalArgumentException | NullPointerException | InvalidCertificateException e) {
            return problem(
                    HttpStatus.BAD_REQUEST,
                    "malformed-answer",
                    "the answer's fields are not base64 of a " + "challenge, a signature and a certificate");
        }
        ChallengeResult result = verifier.verify(challenge, signature, certificate);
        if (result instanceof ChallengeResult.Verified verified) {
            if (verified.verdict() instanceof Verdict.Accepted accepted) {
                return ResponseEntity.ok(new LoggedIn(
                        accepted.identity().codiceFiscale().value(),
                        accepted.identity().givenName(),
                        accepted.identity().surname()));
            }
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .contentType(MediaType.parseMediaType(RefusalResponse.CONTENT_TYPE))
                    .body(RefusalResponse.json((Verdict.Rejected) verified.verdict(), "/challenges/answer"));
        }
        return result instanceof ChallengeResult.BadSignature
                ? problem(HttpStatus.UNAUTHORIZED, "bad-signature", "the signature does not verify")
                : problem(
                        HttpStatus.UNAUTHORIZED,
                        "unknown-or-expired-challenge",
                        "the challenge was not issued here, was already answered, or expired");
    }

    @ExceptionHandler(ChallengeStoreException.class)
    ResponseEntity<ProblemDetail> unavailable(ChallengeStoreException e) {
        return problem(
                HttpStatus.SERVICE_UNAVAILABLE, e.problem().code(), e.problem().describe());
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://tscns.io/problems/" + code));
        problem.setProperty("code", code);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static byte[] decode(String text) {
        String value = text.strip();
        return value.indexOf('-') >= 0 || value.indexOf('_') >= 0
                ? Base64.getUrlDecoder().decode(value)
                : Base64.getDecoder().decode(value);
    }
}
