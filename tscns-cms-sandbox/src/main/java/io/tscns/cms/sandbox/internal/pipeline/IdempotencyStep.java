package io.tscns.cms.sandbox.internal.pipeline;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * The pipeline's idempotency step (<i>idempotenza</i>) for one call, and what the call's answer is: for a call
 * without a key (a read), nothing is looked up or kept and the answer is the outcome; for a state-changing call, a
 * key already used answers with the kept answer (same request) or a refusal (another request), and otherwise the
 * outcome, encoded by the front end, is kept under the key in the same transaction.
 *
 * @param <R> the operation's result type
 * @param <A> the call's answer type
 */
interface IdempotencyStep<R, A> {

    /**
     * Returns the answer to an outcome that is not kept under the key (a refusal of the role check).
     *
     * @param outcome the outcome
     * @return the answer
     */
    A unkept(Outcome<R> outcome);

    /**
     * Looks the key up.
     *
     * @return the answer to give instead of running the operation, or empty to run it
     */
    Optional<A> lookUp();

    /**
     * Keeps the answer to an outcome under the key.
     *
     * @param outcome the outcome
     * @return the answer
     */
    A keep(Outcome<R> outcome);

    /**
     * The step of a call without a key: the answer is the outcome.
     *
     * @param <R> the result type
     * @return the step
     */
    static <R> IdempotencyStep<R, Outcome<R>> none() {
        return new IdempotencyStep<>() {
            @Override
            public Outcome<R> unkept(Outcome<R> outcome) {
                return outcome;
            }

            @Override
            public Optional<Outcome<R>> lookUp() {
                return Optional.empty();
            }

            @Override
            public Outcome<R> keep(Outcome<R> outcome) {
                return outcome;
            }
        };
    }

    /**
     * The step of a call with a key.
     *
     * @param records the kept answers
     * @param slot    where the key is kept
     * @param request the key and the request's digest
     * @param encode  the front end's encoding of an outcome, run in the transaction
     * @param now     the call's instant
     * @param <R>     the result type
     * @return the step
     */
    static <R> IdempotencyStep<R, Answered> keyed(
            IdempotencyRecords records,
            IdempotencyRecords.Slot slot,
            IdempotentRequest request,
            Function<Outcome<R>, StoredAnswer> encode,
            Instant now) {
        return new IdempotencyStep<>() {
            @Override
            public Answered unkept(Outcome<R> outcome) {
                return new Answered.Fresh(encode.apply(outcome));
            }

            @Override
            public Optional<Answered> lookUp() {
                return records.find(slot)
                        .map(kept -> MessageDigest.isEqual(kept.requestHash(), request.requestHash())
                                ? new Answered.Replayed(kept.answer())
                                : new Answered.KeyReused());
            }

            @Override
            public Answered keep(Outcome<R> outcome) {
                StoredAnswer answer = encode.apply(outcome);
                records.keep(slot, new IdempotencyRecords.Kept(request.requestHash(), answer), now);
                return new Answered.Fresh(answer);
            }
        };
    }
}
