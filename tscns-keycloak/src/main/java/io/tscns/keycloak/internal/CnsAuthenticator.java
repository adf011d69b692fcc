package io.tscns.keycloak.internal;

import io.tscns.auth.identity.CnsIdentity;
import io.tscns.auth.validation.Verdict;
import io.tscns.core.TscnsException;
import jakarta.ws.rs.core.Response;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.events.EventType;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.x509.X509ClientCertificateLookup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CNS login step of a Keycloak flow (<i>accesso con CNS</i>): takes the client certificate from Keycloak's X.509
 * lookup (the TLS connection, or the header of the reverse proxy the server is configured for), validates it with
 * tscns-auth and signs in the user linked to the holder's codice fiscale, creating it if so configured.
 *
 * <p>Outcomes: no certificate, or an unknown citizen in {@link AccountMode#LINK_ONLY}, is "attempted" (the flow's other
 * alternatives go on); a refused certificate or account is a failure page with the {@link Refusal}'s message and a
 * login event whose error is {@link Refusal#eventError()}. Nothing about the citizen is logged here: Keycloak's own
 * events say who logged in. One instance per request.
 */
public final class CnsAuthenticator implements Authenticator {

    /** The detail of a refused login's event that carries the refusal's code. */
    public static final String REFUSAL_DETAIL = "cns_refusal";

    private static final Logger LOG = LoggerFactory.getLogger(CnsAuthenticator.class);

    private final CnsLogins logins;

    /**
     * Creates the step.
     *
     * @param logins the logins shared by every request
     */
    public CnsAuthenticator(CnsLogins logins) {
        this.logins = logins;
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        Optional<List<X509Certificate>> chain;
        try {
            chain = certificateChain(context);
        } catch (GeneralSecurityException e) {
            LOG.debug("the client certificate could not be read");
            refuse(context, Refusal.NOT_CNS);
            return;
        }
        if (chain.isEmpty()) {
            LOG.debug("no client certificate: the CNS step is attempted");
            context.attempted();
            return;
        }
        Settings settings;
        Verdict verdict;
        try {
            settings = Settings.parse(config(context));
            verdict = logins.get(settings).validate(chain.get());
        } catch (TscnsException e) {
            LOG.warn("CNS login is unavailable: {}", e.getMessage());
            refuse(context, Refusal.UNAVAILABLE);
            return;
        }
        if (verdict instanceof Verdict.Rejected rejected) {
            refuse(context, Refusals.of(rejected));
            return;
        }
        signIn(context, settings, ((Verdict.Accepted) verdict).identity());
    }

    private static void signIn(AuthenticationFlowContext context, Settings settings, CnsIdentity identity) {
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        LinkedAccount account = Citizens.find(session, realm, settings.linkAttribute(), identity);
        if (account instanceof LinkedAccount.One one) {
            if (!one.user().isEnabled()) {
                context.getEvent().user(one.user());
                refuse(context, Refusal.ACCOUNT_DISABLED);
                return;
            }
            context.setUser(one.user());
            context.success();
        } else if (account instanceof LinkedAccount.Several) {
            refuse(context, Refusal.AMBIGUOUS_ACCOUNT);
        } else if (settings.accountMode() == AccountMode.CREATE) {
            UserModel user;
            try {
                user = Citizens.create(session, realm, settings.linkAttribute(), identity);
            } catch (ModelDuplicateException e) {
                // A user already has the codice fiscale as username without carrying it in the link attribute.
                refuse(context, Refusal.AMBIGUOUS_ACCOUNT);
                return;
            }
            context.getEvent()
                    .clone()
                    .event(EventType.REGISTER)
                    .user(user)
                    .detail("register_method", "cns")
                    .success();
            context.setUser(user);
            context.success();
        } else if (settings.accountMode() == AccountMode.LINK_ONLY) {
            LOG.debug("no account linked to the card: the CNS step is attempted");
            context.attempted();
        } else {
            refuse(context, Refusal.NO_ACCOUNT);
        }
    }

    private static void refuse(AuthenticationFlowContext context, Refusal refusal) {
        LOG.debug("CNS login refused: {}", refusal.code());
        context.getEvent().detail(REFUSAL_DETAIL, refusal.code()).error(refusal.eventError());
        Response page = context.form().setError(refusal.messageKey()).createErrorPage(Response.Status.UNAUTHORIZED);
        context.failureChallenge(flowError(refusal), page);
    }

    private static AuthenticationFlowError flowError(Refusal refusal) {
        switch (refusal) {
            case NO_ACCOUNT:
            case AMBIGUOUS_ACCOUNT:
                return AuthenticationFlowError.INVALID_USER;
            case ACCOUNT_DISABLED:
                return AuthenticationFlowError.USER_DISABLED;
            case UNAVAILABLE:
                return AuthenticationFlowError.INTERNAL_ERROR;
            default:
                return AuthenticationFlowError.INVALID_CREDENTIALS;
        }
    }

    private static Optional<List<X509Certificate>> certificateChain(AuthenticationFlowContext context)
            throws GeneralSecurityException {
        X509ClientCertificateLookup lookup = context.getSession().getProvider(X509ClientCertificateLookup.class);
        X509Certificate[] chain = lookup == null ? null : lookup.getCertificateChain(context.getHttpRequest());
        return chain == null || chain.length == 0 ? Optional.empty() : Optional.of(List.of(chain));
    }

    private static Map<String, String> config(AuthenticationFlowContext context) {
        AuthenticatorConfigModel model = context.getAuthenticatorConfig();
        return model == null || model.getConfig() == null ? Map.of() : model.getConfig();
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        authenticate(context);
    }

    @Override
    public boolean requiresUser() {
        return false;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
        // Nothing to set up: the card is the credential.
    }

    @Override
    public void close() {
        // Nothing held per request.
    }
}
