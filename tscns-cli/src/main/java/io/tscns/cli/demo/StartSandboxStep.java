package io.tscns.cli.demo;

import io.tscns.cms.protocol.OperatorRole;
import io.tscns.cms.sandbox.OperatorSeed;
import io.tscns.cms.sandbox.SimulatedCms;
import io.tscns.testpki.TestPki;

/**
 * Step 1: starts the sandbox CMS over HTTPS on an ephemeral loopback port, with its data in the run's temporary
 * directory, a test PKI on the demo's clock, and three operators: a Tuscan pharmacist and the region's administrator
 * with personal certificates, and an ASL operator registered with the codice fiscale of their own TS-CNS.
 */
final class StartSandboxStep implements DemoStep {

    @Override
    public String name() {
        return "start-sandbox";
    }

    @Override
    public String title() {
        return "start the sandbox CMS";
    }

    @Override
    public StepDetails run(DemoContext context) {
        context.progress("test CA");
        TestPki pki = TestPki.builder().clock(context.clock()).build();
        context.progress("HTTPS server");
        SimulatedCms cms = SimulatedCms.builder()
                .pki(pki)
                .clock(context.clock())
                .dataDirectory(context.workDirectory().resolve("cms"))
                .operator(OperatorSeed.of(DemoContext.PHARMACIST, OperatorRole.PHARMACY, SimulatedCms.TUSCANY))
                .operator(OperatorSeed.of(DemoContext.ASL_OPERATOR, OperatorRole.ASL_COUNTER, SimulatedCms.TUSCANY)
                        .withPerson(
                                DemoContext.ASL_OPERATOR_HOLDER.displayName(),
                                DemoContext.ASL_OPERATOR_HOLDER.codiceFiscale()))
                .operator(OperatorSeed.of(DemoContext.REGIONAL_ADMIN, OperatorRole.ISSUER_ADMIN, SimulatedCms.TUSCANY))
                .start();
        context.sandbox(pki, cms);
        return StepDetails.summary(cms.baseUri() + ", " + cms.lifecycle().id() + " profile, "
                        + cms.operators().size() + " operators")
                .put("baseUri", cms.baseUri().toString())
                .put("profile", cms.lifecycle().id())
                .put("operators", cms.operators().size())
                .put(
                        "trustAnchor",
                        cms.caCertificate().getSubjectX500Principal().getName())
                .build();
    }
}
