package io.tscns.testpki;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Objects;

/**
 * One service of a trusted list (<i>servizio della lista di fiducia</i>, ETSI TS 119 612 §5.5): its type, name,
 * digital identity (the CA certificate), status and status starting time. The Italian list publishes the CNS and
 * CIE issuing CAs as services of type {@value #TYPE_IDV} ({@code docs/cms.md §6.2}); a relying party keeps those
 * and ignores the others.
 *
 * @param serviceType         the ServiceTypeIdentifier URI
 * @param name                the ServiceName
 * @param certificate         the X509Certificate of the ServiceDigitalIdentity
 * @param status              the ServiceStatus URI
 * @param statusStartingTime  the StatusStartingTime, truncated to seconds
 * @since 0.1.0
 */
public record TrustedListService(
        String serviceType, String name, X509Certificate certificate, String status, Instant statusStartingTime) {

    /** Identity verification services: where the CNS and CIE CAs are listed. */
    public static final String TYPE_IDV = "http://uri.etsi.org/TrstSvc/Svctype/IdV";
    /** CAs issuing qualified certificates: not CNS CAs, to be ignored by CNS login. */
    public static final String TYPE_CA_QC = "http://uri.etsi.org/TrstSvc/Svctype/CA/QC";
    /** Qualified time-stamping services: to be ignored by CNS login. */
    public static final String TYPE_TSA_QTST = "http://uri.etsi.org/TrstSvc/Svctype/TSA/QTST";
    /** Status of a nationally defined service recognised at national level (ETSI TS 119 612 §5.5.4). */
    public static final String STATUS_RECOGNISED_AT_NATIONAL_LEVEL =
            "http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/recognisedatnationallevel";
    /** Status of a nationally defined service no longer recognised. */
    public static final String STATUS_DEPRECATED_AT_NATIONAL_LEVEL =
            "http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/deprecatedatnationallevel";
    /** Status of a qualified service that is granted. */
    public static final String STATUS_GRANTED = "http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/granted";
    /** Status of a qualified service that was withdrawn. */
    public static final String STATUS_WITHDRAWN = "http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/withdrawn";

    /**
     * Checks the fields and truncates the time.
     *
     * @throws TestPkiException with {@link TestPkiException.Reason#INVALID_SPEC} if a text is blank
     */
    public TrustedListService {
        Checks.requireText(serviceType, "serviceType");
        Checks.requireText(name, "name");
        Objects.requireNonNull(certificate, "certificate");
        Checks.requireText(status, "status");
        statusStartingTime = Checks.encodableTime(statusStartingTime, "statusStartingTime");
    }
}
