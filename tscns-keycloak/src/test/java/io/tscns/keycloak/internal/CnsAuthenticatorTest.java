package io.tscns.keycloak.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.tscns.auth.identity.CnsIdentities;
import io.tscns.auth.identity.CnsIdentity;
import io.tscns.auth.revocation.RevocationStatus;
import io.tscns.auth.validation.RejectionReason;
import io.tscns.auth.validation.Verdict;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.testpki.CnsSubject;
import io.tscns.testpki.TestIssuer;
import io.tscns.testpki.TestPki;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.http.HttpRequest;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserProvider;
import org.keycloak.services.x509.X509ClientCertificateLookup;
import org.slf4j.LoggerFactory;

/**
 * The CNS step's decisions, with Keycloak's seams mocked (the flow context, the session's users, the X.509 lookup,
 * the login form and the event) and the validator's verdict chosen by the test.
 */
class CnsAuthenticatorTest {

    private static final TestPki PKI = TestPki.standard();
    private static final CodiceFiscale CODE = CodiceFiscale.parse("RSSMRA80A01H501U");
    private static final CnsSubject HOLDER = CnsSubject.of(
            CODE,
            "6090000000000001",
            "MARIO",
            "ROSSI",
            "REGIONE TOSCANA",
            "ROSSI MARIO".getBytes(StandardCharsets.US_ASCII));
    private static final X509Certificate CARD =
            PKI.cnsCredential(TestIssuer.TOSCANA, HOLDER).certificate();
    private static final CnsIdentity IDENTITY = CnsIdentities.of(CARD);

    private final AtomicReference<Verdict> verdict = new AtomicReference<>();
    private final Map<String, String> config = new HashMap<>(Map.of(Settings.TRUST_DIRECTORY, "/etc/cns"));
    private final AuthenticationFlowContext context = mock(AuthenticationFlowContext.class);
    private final KeycloakSession session = mock(KeycloakSession.class);
    private final RealmModel realm = mock(RealmModel.class);
    private final UserProvider users = mock(UserProvider.class);
    private final X509ClientCertificateLookup lookup = mock(X509ClientCertificateLookup.class);
    private final LoginFormsProvider form = mock(LoginFormsProvider.class, RETURNS_SELF);
    private final EventBuilder event = mock(EventBuilder.class, RETURNS_SELF);
    private final Response page = mock(Response.class);
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private CnsLogins logins;

    @BeforeEach
    void seams() throws GeneralSecurityException {
        logins = new CnsLogins(settings -> chain -> verdict.get());
        AuthenticatorConfigModel model = new AuthenticatorConfigModel();
        model.setConfig(config);
        when(context.getSession()).thenReturn(session);
        when(context.getRealm()).thenReturn(realm);
        when(context.getAuthenticatorConfig()).thenReturn(model);
        when(context.getHttpRequest()).thenReturn(mock(HttpRequest.class));
        when(context.form()).thenReturn(form);
        when(context.getEvent()).thenReturn(event);
        when(event.clone()).thenReturn(event);
        when(form.createErrorPage(any())).thenReturn(page);
        when(session.users()).thenReturn(users);
        when(session.getProvider(X509ClientCertificateLookup.class)).thenReturn(lookup);
        when(lookup.getCertificateChain(any())).thenReturn(new X509Certificate[] {CARD});
        when(users.searchForUserByUserAttributeStream(realm, "codice_fiscale", CODE.value()))
                .thenAnswer(invocation -> Stream.empty());
        logs.start();
        root().addAppender(logs);
        root().setLevel(Level.TRACE);
    }

    @AfterEach
    void quiet() {
        root().detachAppender(logs);
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private void authenticate() {
        new CnsAuthenticator(logins).authenticate(context);
    }

    private void accept() {
        verdict.set(new Verdict.Accepted(
                IDENTITY, CARD, new RevocationStatus.Good(RevocationStatus.Source.CRL, Instant.EPOCH)));
    }

    private UserModel user(boolean enabled) {
        UserModel user = mock(UserModel.class);
        when(user.isEnabled()).thenReturn(enabled);
        return user;
    }

    private void verifyRefused(Refusal refusal, AuthenticationFlowError error) {
        verify(event).detail(CnsAuthenticator.REFUSAL_DETAIL, refusal.code());
        verify(event).error(refusal.eventError());
        verify(form).setError(refusal.messageKey());
        verify(form).createErrorPage(Response.Status.UNAUTHORIZED);
        verify(context).failureChallenge(error, page);
        verify(context, never()).success();
        verify(users, never()).addUser(any(), anyString());
    }

    @Test
    void withoutACertificateTheStepIsAttemptedSoTheFlowGoesOn() throws GeneralSecurityException {
        when(lookup.getCertificateChain(any())).thenReturn(null);
        authenticate();
        verify(context).attempted();
        verify(context, never()).failureChallenge(any(), any());
        verify(event, never()).error(anyString());
    }

    @Test
    void anUnreadableForwardedCertificateIsRefusedAsNotACns() throws GeneralSecurityException {
        when(lookup.getCertificateChain(any())).thenThrow(new GeneralSecurityException("bad header"));
        authenticate();
        verifyRefused(Refusal.NOT_CNS, AuthenticationFlowError.INVALID_CREDENTIALS);
    }

    @Test
    void aRevokedCertificateIsRefusedAsRevokedWithItsEvent() {
        verdict.set(new Verdict.Rejected(
                List.of(new RejectionReason.Revoked(RevocationStatus.Source.CRL, Instant.EPOCH, Optional.empty()))));
        authenticate();
        verifyRefused(Refusal.REVOKED, AuthenticationFlowError.INVALID_CREDENTIALS);
    }

    @Test
    void anExpiredCertificateIsRefusedAsExpired() {
        verdict.set(new Verdict.Rejected(List.of(new RejectionReason.Expired(Instant.EPOCH))));
        authenticate();
        verifyRefused(Refusal.EXPIRED, AuthenticationFlowError.INVALID_CREDENTIALS);
    }

    @Test
    void anUntrustedCertificateIsRefusedAsUntrusted() {
        verdict.set(new Verdict.Rejected(List.of(new RejectionReason.UntrustedIssuer("CN=Impostor"))));
        authenticate();
        verifyRefused(Refusal.UNTRUSTED, AuthenticationFlowError.INVALID_CREDENTIALS);
    }

    @Test
    void aLinkedCitizenIsSignedInAsTheLinkedUser() {
        accept();
        UserModel linked = user(true);
        when(users.searchForUserByUserAttributeStream(realm, "codice_fiscale", CODE.value()))
                .thenAnswer(invocation -> Stream.of(linked));
        authenticate();
        verify(context).setUser(linked);
        verify(context).success();
        verify(users, never()).addUser(any(), anyString());
    }

    @Test
    void theUsernameCanBeTheLink() {
        config.put(Settings.LINK_ATTRIBUTE, Citizens.USERNAME);
        accept();
        UserModel linked = user(true);
        when(users.getUserByUsername(realm, "rssmra80a01h501u")).thenReturn(linked);
        authenticate();
        verify(context).setUser(linked);
        verify(context).success();
    }

    @Test
    void anUnknownCitizenIsCreatedJustInTimeFromTheCertificate() {
        accept();
        UserModel created = user(true);
        when(users.addUser(realm, "rssmra80a01h501u")).thenReturn(created);
        authenticate();
        verify(created).setEnabled(true);
        verify(created).setFirstName("MARIO");
        verify(created).setLastName("ROSSI");
        verify(created).setSingleAttribute("codice_fiscale", "RSSMRA80A01H501U");
        verify(event).event(EventType.REGISTER);
        verify(context).setUser(created);
        verify(context).success();
    }

    @Test
    void inLinkOnlyModeAnUnknownCitizenPassesOnToTheOtherSteps() {
        config.put(Settings.ACCOUNT_MODE, "LINK_ONLY");
        accept();
        authenticate();
        verify(context).attempted();
        verify(context, never()).success();
        verify(users, never()).addUser(any(), anyString());
    }

    @Test
    void inRefuseModeAnUnknownCitizenIsRefused() {
        config.put(Settings.ACCOUNT_MODE, "REFUSE");
        accept();
        authenticate();
        verifyRefused(Refusal.NO_ACCOUNT, AuthenticationFlowError.INVALID_USER);
    }

    @Test
    void aDisabledUserIsRefused() {
        accept();
        UserModel disabled = user(false);
        when(users.searchForUserByUserAttributeStream(realm, "codice_fiscale", CODE.value()))
                .thenAnswer(invocation -> Stream.of(disabled));
        authenticate();
        verifyRefused(Refusal.ACCOUNT_DISABLED, AuthenticationFlowError.USER_DISABLED);
        verify(context, never()).setUser(any());
    }

    @Test
    void twoUsersWithTheSameCodiceFiscaleAreRefusedAsAmbiguous() {
        accept();
        UserModel one = user(true);
        UserModel two = user(true);
        when(users.searchForUserByUserAttributeStream(realm, "codice_fiscale", CODE.value()))
                .thenAnswer(invocation -> Stream.of(one, two));
        authenticate();
        verifyRefused(Refusal.AMBIGUOUS_ACCOUNT, AuthenticationFlowError.INVALID_USER);
    }

    @Test
    void aUserHoldingTheCodiceFiscaleAsUsernameButNotLinkedIsNotTakenOver() {
        accept();
        when(users.addUser(realm, "rssmra80a01h501u")).thenThrow(new ModelDuplicateException("username exists"));
        authenticate();
        verify(event).detail(CnsAuthenticator.REFUSAL_DETAIL, Refusal.AMBIGUOUS_ACCOUNT.code());
        verify(context).failureChallenge(AuthenticationFlowError.INVALID_USER, page);
        verify(context, never()).setUser(any());
        verify(context, never()).success();
    }

    @Test
    void anUnusableConfigurationRefusesAsUnavailable() {
        config.remove(Settings.TRUST_DIRECTORY);
        accept();
        authenticate();
        verifyRefused(Refusal.UNAVAILABLE, AuthenticationFlowError.INTERNAL_ERROR);
    }

    @Test
    void nothingAboutTheCitizenIsLoggedOnAnyPath() {
        accept();
        UserModel created = user(true);
        when(users.addUser(realm, "rssmra80a01h501u")).thenReturn(created);
        authenticate();
        verdict.set(new Verdict.Rejected(List.of(new RejectionReason.Expired(Instant.EPOCH))));
        authenticate();
        config.put(Settings.ACCOUNT_MODE, "LINK_ONLY");
        accept();
        authenticate();
        List<String> lines =
                logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertFalse(lines.isEmpty(), "the paths log at debug");
        for (String line : lines) {
            for (String personal : List.of(
                    CODE.value(),
                    "rssmra80a01h501u",
                    "MARIO",
                    "ROSSI",
                    CARD.getSerialNumber().toString(),
                    CARD.getSerialNumber().toString(16))) {
                assertFalse(
                        line.toUpperCase(Locale.ROOT).contains(personal.toUpperCase(Locale.ROOT)),
                        () -> "logged " + personal + ": " + line);
            }
        }
    }
}
