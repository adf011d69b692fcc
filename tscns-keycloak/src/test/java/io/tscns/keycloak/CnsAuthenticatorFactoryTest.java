package io.tscns.keycloak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.keycloak.internal.Settings;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.provider.ProviderConfigProperty;

/** What Keycloak and the admin console see of the provider. */
class CnsAuthenticatorFactoryTest {

    @Test
    void keycloakFindsTheFactoryThroughTheServiceFile() {
        // Keycloak's own JARs list their factories too; their types are compared without instantiating them.
        List<Class<?>> types = ServiceLoader.load(AuthenticatorFactory.class).stream()
                .map(ServiceLoader.Provider::type)
                .collect(Collectors.toList());
        assertTrue(types.contains(CnsAuthenticatorFactory.class), types.toString());
        assertEquals("tscns-cns", new CnsAuthenticatorFactory().getId());
    }

    @Test
    void theAdminConsoleOffersEverySettingWithItsDefault() {
        CnsAuthenticatorFactory factory = new CnsAuthenticatorFactory();
        List<ProviderConfigProperty> properties = factory.getConfigProperties();
        assertEquals(
                List.of(
                        Settings.TRUST_DIRECTORY,
                        Settings.TRUSTED_LIST,
                        Settings.TRUSTED_LIST_SIGNERS,
                        Settings.CRLS,
                        Settings.FAIL_MODE,
                        Settings.OCSP_FALLBACK,
                        Settings.REFRESH_MINUTES,
                        Settings.ACCOUNT_MODE,
                        Settings.LINK_ATTRIBUTE),
                properties.stream().map(ProviderConfigProperty::getName).collect(Collectors.toList()));
        ProviderConfigProperty mode = properties.get(7);
        assertEquals(List.of("CREATE", "LINK_ONLY", "REFUSE"), mode.getOptions());
        assertEquals("CREATE", mode.getDefaultValue());
        assertTrue(factory.isConfigurable());
        assertEquals(
                List.of(
                        AuthenticationExecutionModel.Requirement.ALTERNATIVE,
                        AuthenticationExecutionModel.Requirement.REQUIRED,
                        AuthenticationExecutionModel.Requirement.DISABLED),
                List.of(factory.getRequirementChoices()));
        factory.close();
    }
}
