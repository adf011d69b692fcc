/**
 * The {@code tscns} command line: real-card commands over {@code javax.smartcardio}, certificate and CRL tools, and
 * the simulated card for testers. An application, not a library: it exports nothing, and opens its command
 * packages to picocli, which sets their options by reflection.
 */
module io.tscns.cli {
    requires io.tscns.core;
    requires io.tscns.card;
    requires jnasmartcardio;
    requires io.tscns.cms.client;
    requires io.tscns.cms.documents;
    requires io.tscns.auth;
    requires io.tscns.cms.protocol;
    requires io.tscns.testpki;
    requires io.tscns.simcard;
    requires io.tscns.cms.sandbox;
    requires io.tscns.cms.console;
    requires org.slf4j;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;
    requires org.bouncycastle.provider;

    opens io.tscns.cli to
            info.picocli;
    opens io.tscns.cli.card to
            info.picocli;
    opens io.tscns.cli.cert to
            info.picocli;
    opens io.tscns.cli.cms to
            info.picocli;
    opens io.tscns.cli.demo to
            info.picocli;
}
