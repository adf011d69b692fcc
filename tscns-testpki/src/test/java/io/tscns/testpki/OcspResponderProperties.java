package io.tscns.testpki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.bouncycastle.cert.ocsp.OCSPResp;

/** Whatever bytes arrive, the responder answers with a well-formed OCSPResponse and never throws. */
class OcspResponderProperties {

    private static final TestCa CA = Fixtures.toscana();
    private static final OcspResponder RESPONDER = CA.ocspResponder();
    private static final byte[] VALID = valid();

    private static byte[] valid() {
        try {
            return OcspTestSupport.request(CA.certificate(), BigInteger.TEN, new byte[] {1, 2, 3});
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Property
    void arbitraryBytesGetMalformedRequest(@ForAll @Size(max = 300) byte[] request) throws Exception {
        OCSPResp response = new OCSPResp(RESPONDER.respond(request));
        assertEquals(OCSPResp.MALFORMED_REQUEST, response.getStatus());
    }

    @Property(tries = 300)
    void mutatedRequestsGetAWellFormedAnswer(@ForAll @IntRange(min = 0, max = 200) int position, @ForAll byte value)
            throws Exception {
        byte[] mutated = VALID.clone();
        mutated[position % mutated.length] = value;
        OCSPResp response = new OCSPResp(RESPONDER.respond(mutated));
        assertTrue(
                response.getStatus() == OCSPResp.SUCCESSFUL || response.getStatus() == OCSPResp.MALFORMED_REQUEST,
                "status " + response.getStatus());
    }
}
