package io.tscns.keycloak;

import io.tscns.auth.revocation.FailMode;
import io.tscns.keycloak.internal.AccountMode;
import io.tscns.keycloak.internal.CnsAuthenticator;
import io.tscns.keycloak.internal.CnsLogins;
import io.tscns.keycloak.internal.Settings;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * The Keycloak authenticator factory of CNS login (<i>accesso con CNS</i>): what Keycloak finds in the provider JAR
 * (through {@code META-INF/services}) and offers in the admin console as the step "CNS (TS-CNS card)", with the
 * settings an administrator fills in on the execution: trust (a directory of CA certificates or AgID's trusted
 * list), CRLs and revocation behaviour, and what happens to citizens without a user. See the module's README.
 *
 * <p>One factory per server: it holds the validators of every configuration in use, kept fresh in the background,
 * and stops them when Keycloak stops. Thread-safe.
 *
 * @since 0.1.0
 */
public final class CnsAuthenticatorFactory implements AuthenticatorFactory {

    /** The provider id, used in realm exports and flows. */
    public static final String PROVIDER_ID = "tscns-cns";

    private static final AuthenticationExecutionModel.Requirement[] REQUIREMENTS = {
        AuthenticationExecutionModel.Requirement.ALTERNATIVE,
        AuthenticationExecutionModel.Requirement.REQUIRED,
        AuthenticationExecutionModel.Requirement.DISABLED,
    };

    private final CnsLogins logins = new CnsLogins();

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "CNS (TS-CNS card)";
    }

    @Override
    public String getReferenceCategory() {
        return "X509";
    }

    @Override
    public String getHelpText() {
        return "Signs the citizen in with the TS-CNS card's client certificate, by codice fiscale: chain, CNS "
                + "policy and revocation checked by tscns.";
    }

    @Override
    public boolean isConfigurable() {
        return true;
    }

    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return REQUIREMENTS.clone();
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return ProviderConfigurationBuilder.create()
                .property()
                .name(Settings.TRUST_DIRECTORY)
                .type(ProviderConfigProperty.STRING_TYPE)
                .label("Trusted CA directory")
                .helpText("Directory on the server holding the CNS CA certificates to trust (PEM or DER). Set this "
                        + "or the trusted list.")
                .add()
                .property()
                .name(Settings.TRUSTED_LIST)
                .type(ProviderConfigProperty.STRING_TYPE)
                .label("Trusted list URL")
                .helpText("AgID's trusted list (TSL-IT.xml) URL or file: URI; its CNS CAs are trusted and the list "
                        + "is refreshed in the background.")
                .add()
                .property()
                .name(Settings.TRUSTED_LIST_SIGNERS)
                .type(ProviderConfigProperty.STRING_TYPE)
                .label("Trusted list signers")
                .helpText("PEM file on the server with the certificates allowed to sign the trusted list.")
                .add()
                .property()
                .name(Settings.CRLS)
                .type(ProviderConfigProperty.MULTIVALUED_STRING_TYPE)
                .label("CRL URLs")
                .helpText("CRLs fetched at start and refreshed in the background. The CRLs named in the "
                        + "certificates are learned as well.")
                .add()
                .property()
                .name(Settings.FAIL_MODE)
                .type(ProviderConfigProperty.LIST_TYPE)
                .label("When revocation is unknown")
                .options(names(FailMode.values()))
                .defaultValue(FailMode.HARD.name())
                .helpText("HARD refuses a login whose revocation status cannot be established; SOFT accepts it.")
                .add()
                .property()
                .name(Settings.OCSP_FALLBACK)
                .type(ProviderConfigProperty.BOOLEAN_TYPE)
                .label("Ask OCSP")
                .defaultValue("false")
                .helpText("Ask the certificate's OCSP responder when no CRL gives an answer.")
                .add()
                .property()
                .name(Settings.REFRESH_MINUTES)
                .type(ProviderConfigProperty.STRING_TYPE)
                .label("Refresh interval (minutes)")
                .defaultValue(String.valueOf(Settings.DEFAULT_REFRESH_MINUTES))
                .helpText("Longest time between two downloads of a CRL or of the trusted list.")
                .add()
                .property()
                .name(Settings.ACCOUNT_MODE)
                .type(ProviderConfigProperty.LIST_TYPE)
                .label("Citizens without a user")
                .options(names(AccountMode.values()))
                .defaultValue(AccountMode.CREATE.name())
                .helpText("CREATE: create the user from the certificate. LINK_ONLY: pass on to the flow's other "
                        + "steps. REFUSE: refuse the login.")
                .add()
                .property()
                .name(Settings.LINK_ATTRIBUTE)
                .type(ProviderConfigProperty.STRING_TYPE)
                .label("Codice fiscale attribute")
                .defaultValue(Settings.DEFAULT_LINK_ATTRIBUTE)
                .helpText("User attribute that holds the codice fiscale (or 'username').")
                .add()
                .build();
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toList());
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return new CnsAuthenticator(logins);
    }

    @Override
    public void init(Config.Scope config) {
        // Configured per execution, in the admin console.
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        // Nothing to wire.
    }

    @Override
    public void close() {
        logins.close();
    }
}
