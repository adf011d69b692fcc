package io.tscns.cli.demo;

import io.tscns.cms.protocol.OperatorProfile;
import io.tscns.cms.protocol.OperatorRole;

/**
 * Step 3: the pharmacist logs in to the CMS with mutual TLS and the personal certificate the test CA issued to
 * them (DM 20/6/2011 Allegato 2: personal credentials), and the CMS says who they are ({@code operators/me}).
 */
final class OperatorLoginStep implements DemoStep {

    @Override
    public String name() {
        return "operator-login";
    }

    @Override
    public String title() {
        return "a pharmacist logs in with mutual TLS";
    }

    @Override
    public StepDetails run(DemoContext context) {
        OperatorProfile operator = context.client(DemoContext.PHARMACIST).login();
        DemoCheckException.check(
                operator.operatorId().equals(DemoContext.PHARMACIST) && operator.role() == OperatorRole.PHARMACY,
                "expected the pharmacist " + DemoContext.PHARMACIST + ", the CMS answered " + operator.operatorId()
                        + " (" + operator.role() + ")");
        return StepDetails.summary(operator.operatorId() + ", " + operator.role() + " at " + operator.counterId()
                        + ", region " + operator.region())
                .put("operatorId", operator.operatorId())
                .put("role", operator.role().name())
                .put("counterId", operator.counterId())
                .put("region", operator.region())
                .build();
    }
}
