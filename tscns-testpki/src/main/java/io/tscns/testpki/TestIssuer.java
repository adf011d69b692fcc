package io.tscns.testpki;

/**
 * The issuing CAs of the standard {@link TestPki} (<i>enti emettitori di prova</i>), named like the real Italian
 * citizen CAs ({@code CN=<body> - CA Cittadini, OU=Servizi di Certificazione}, {@code docs/card.md §6}) but with the
 * organisation {@value TestPki#ORGANIZATION}, and with CP OIDs under the ITU-T/ISO example arc {@code 2.999}, which
 * no real certificate uses — so test material can never be mistaken for a real CA.
 *
 * @since 0.1.0
 */
public enum TestIssuer {
    /** Tuscany. */
    TOSCANA("Regione Toscana - CA Cittadini", "REGIONE TOSCANA", "toscana"),
    /** Lombardy. */
    LOMBARDIA("Regione Lombardia - CA Cittadini", "REGIONE LOMBARDIA", "lombardia"),
    /** Sardinia. */
    SARDEGNA("Regione Autonoma della Sardegna - CA Cittadini", "REGIONE AUTONOMA DELLA SARDEGNA", "sardegna"),
    /** Umbria. */
    UMBRIA("Regione Umbria - CA Cittadini", "REGIONE UMBRIA", "umbria"),
    /** The autonomous province of Bolzano. */
    BOLZANO("Provincia Autonoma di Bolzano - CA Cittadini", "PROVINCIA AUTONOMA DI BOLZANO", "bolzano");

    /** The arc of the test CAs' CP OIDs: {joint-iso-itu-t(2) example(999)}, then 1. */
    public static final String TEST_POLICY_ARC = "2.999.1";

    private final String commonName;
    private final String administration;
    private final String slug;

    TestIssuer(String commonName, String administration, String slug) {
        this.commonName = commonName;
        this.administration = administration;
        this.slug = slug;
    }

    /**
     * Returns the CA's common name.
     *
     * @return e.g. {@code Regione Toscana - CA Cittadini}
     */
    public String commonName() {
        return commonName;
    }

    /**
     * Returns the issuing administration written in the OU of the holders' certificates.
     *
     * @return e.g. {@code REGIONE TOSCANA}
     */
    public String administration() {
        return administration;
    }

    /**
     * Returns the short lower-case name used in key labels and URL paths.
     *
     * @return e.g. {@code toscana}
     */
    public String slug() {
        return slug;
    }

    /**
     * Returns the CA's own CP OID, written with its CPS URI into the certificates it issues.
     *
     * @return e.g. {@code 2.999.1.1}
     */
    public String policyOid() {
        return TEST_POLICY_ARC + "." + (ordinal() + 1);
    }
}
