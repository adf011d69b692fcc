package io.tscns.cli.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.simcard.IssuedCard;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo's steps run in-process on one context: the outcome of each against the cards, and no code shown. */
class DemoRunnerTest {

    @Test
    void everyStepSucceedsAgainstTheCardsAndNoCodeIsEverShown() {
        List<String> shown = new ArrayList<>();
        DemoListener listener = new DemoListener() {
            @Override
            public void progress(String message) {
                shown.add(message);
            }
        };
        try (DemoContext context = new DemoContext(Clock.systemUTC(), listener)) {
            DemoResult result = new DemoRunner(DemoScenario.steps()).run(context, listener);

            assertTrue(
                    result.succeeded(),
                    () -> result.failedStep().map(StepResult::toString).orElse(""));
            assertEquals(
                    DemoJson.STEPS,
                    result.steps().stream().map(StepResult::name).toList());
            IssuedCard card = context.citizen();
            assertEquals(card.codiceFiscale().value(), value(result, "login", "codiceFiscale"));
            assertEquals(card.cardId().value(), value(result, "verify-pin", "cardId"));
            assertEquals(card.teamNumber().value(), value(result, "verify-pin", "teamNumber"));
            assertTrue(context.pin().matches(card.pin()), "the recombined PIN is the card's");

            result.steps().forEach(step -> {
                shown.add(step.details().summary());
                step.details().values().values().forEach(value -> shown.add(String.valueOf(value)));
            });
            for (IssuedCard issued : List.of(card, context.delegated())) {
                for (String code : List.of(
                        new String(issued.pin().toCharArray()),
                        new String(issued.puk().toCharArray()),
                        new String(issued.cip().toCharArray()))) {
                    assertFalse(
                            shown.stream().anyMatch(text -> text.contains(code)),
                            "a code of " + issued.holder().displayName() + " is shown");
                }
            }
        }
    }

    @Test
    void theStepsAfterAFailureDoNotRun() {
        try (DemoContext context = new DemoContext(Clock.systemUTC(), DemoListener.NONE)) {
            DemoResult result = new DemoRunner(DemoScenario.failingAt(DemoScenario.steps(), "start-sandbox"))
                    .run(context, DemoListener.NONE);

            assertFalse(result.succeeded());
            assertEquals(StepOutcome.FAILED, result.steps().get(0).outcome());
            assertTrue(result.failure().orElseThrow() instanceof DemoCheckException);
            assertTrue(result.steps().subList(1, 13).stream().allMatch(s -> s.outcome() == StepOutcome.NOT_RUN));
        }
    }

    private static Object value(DemoResult result, String step, String key) {
        return result.steps().stream()
                .filter(s -> s.name().equals(step))
                .findFirst()
                .orElseThrow()
                .details()
                .values()
                .get(key);
    }
}
