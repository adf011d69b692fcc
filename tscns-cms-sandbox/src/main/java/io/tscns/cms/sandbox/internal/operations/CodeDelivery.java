package io.tscns.cms.sandbox.internal.operations;

import io.tscns.cms.sandbox.internal.domain.CodeRelease;
import io.tscns.cms.sandbox.internal.domain.CodeStore;
import io.tscns.cms.sandbox.internal.domain.EnvelopeRelease;
import io.tscns.cms.sandbox.internal.domain.OutboxStore;
import io.tscns.cms.sandbox.internal.pipeline.OperationContext;
import io.tscns.core.card.CardId;
import io.tscns.core.secret.CodeGenerator;
import io.tscns.core.secret.CodeKind;
import io.tscns.core.secret.RemoteChannel;
import io.tscns.core.secret.SecretCode;
import io.tscns.core.secret.SplitCode;
import io.tscns.core.secret.SplitPolicy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The release of a card's codes in two halves (or whole, for a sealed envelope) (<i>consegna dei codici</i>, Toscana manual v2.0 §9.1.4, §10.1 step 12;
 * {@code docs/cms.md §2.2}): each stored code split by the {@link SplitPolicy}, the counter halves for the receipt,
 * the remote halves to the outbox in one message. A card seeded without a code gets one generated and stored.
 * Used by the single writer's thread.
 */
final class CodeDelivery {

    private final CodeStore codes;
    private final OutboxStore outbox;
    private final SplitPolicy split;
    private final CodeGenerator generator;

    CodeDelivery(CodeStore codes, OutboxStore outbox, SplitPolicy split, CodeGenerator generator) {
        this.codes = Objects.requireNonNull(codes, "codes");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.split = Objects.requireNonNull(split, "split");
        this.generator = Objects.requireNonNull(generator, "generator");
    }

    /**
     * Releases some of a card's codes.
     *
     * @param cardId  the card
     * @param kinds   the codes, released in the order PIN, PUK, CIP
     * @param channel where the remote halves go
     * @param context the operation
     * @return the release, with the counter halves the caller wipes
     */
    CodeRelease release(CardId cardId, EnumSet<CodeKind> kinds, RemoteChannel channel, OperationContext context) {
        List<char[]> counter = new ArrayList<>(kinds.size());
        List<char[]> remote = new ArrayList<>(kinds.size());
        Map<CodeKind, SecretCode> stored = codes.open(cardId, kinds);
        try {
            for (CodeKind kind : kinds) {
                SecretCode code = take(stored, cardId, kind);
                try (SplitCode halves = split.split(code)) {
                    counter.add(halves.counterHalf().revealForReceipt());
                    remote.add(halves.remoteHalf().revealForSending());
                } finally {
                    code.destroy();
                }
            }
            outbox.send(cardId, channel, remote, context.now());
        } catch (RuntimeException e) {
            counter.forEach(half -> Arrays.fill(half, '\0'));
            throw e;
        } finally {
            stored.values().forEach(SecretCode::destroy);
            remote.forEach(half -> Arrays.fill(half, '\0'));
        }
        return new CodeRelease(
                UUID.randomUUID().toString(), cardId, context.operator().operatorId(), context.now(), counter, channel);
    }

    /**
     * Releases some of a card's codes whole, for a sealed envelope printed at the counter (DM 20 giugno 2011
     * Allegato 2 point 1c): nothing is split and nothing goes to the outbox.
     *
     * @param cardId  the card
     * @param kinds   the codes, released in the order PIN, PUK, CIP
     * @param context the operation
     * @return the release, with the whole codes the caller wipes
     */
    EnvelopeRelease whole(CardId cardId, EnumSet<CodeKind> kinds, OperationContext context) {
        List<char[]> whole = new ArrayList<>(kinds.size());
        Map<CodeKind, SecretCode> stored = codes.open(cardId, kinds);
        try {
            for (CodeKind kind : kinds) {
                SecretCode code = take(stored, cardId, kind);
                try {
                    whole.add(code.toCharArray());
                } finally {
                    code.destroy();
                }
            }
        } catch (RuntimeException e) {
            whole.forEach(code -> Arrays.fill(code, '\0'));
            throw e;
        } finally {
            stored.values().forEach(SecretCode::destroy);
        }
        return new EnvelopeRelease(
                UUID.randomUUID().toString(), cardId, context.operator().operatorId(), context.now(), whole);
    }

    /**
     * Wipes the counter halves of a release that will not be handed out.
     *
     * @param release the release
     */
    static void wipe(CodeRelease release) {
        release.counterHalves().forEach(half -> Arrays.fill(half, '\0'));
    }

    /** Takes a code out of those opened, or generates and stores it for a card seeded without it. */
    private SecretCode take(Map<CodeKind, SecretCode> stored, CardId cardId, CodeKind kind) {
        SecretCode code = stored.remove(kind);
        if (code == null) {
            code = generate(kind);
            codes.put(cardId, code);
        }
        return code;
    }

    private SecretCode generate(CodeKind kind) {
        return switch (kind) {
            case PIN -> generator.generatePin();
            case PUK -> generator.generatePuk();
            case CIP -> generator.generateCip();
        };
    }
}
