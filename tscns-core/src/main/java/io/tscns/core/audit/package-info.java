/**
 * The tamper-evident audit trail (<i>tracciamento delle operazioni</i>). The DM 20 giugno 2011, Allegato 2, requires
 * that every operation of a regional Card Management System be traced, storing for each request the operator's id,
 * the date and time and the particulars of the operation, and that the chronological list of operations with their
 * outcome be retrievable ({@code docs/seeds.md §2}, the DM's closing provisions). This package makes that
 * trail verifiable: nobody without the key can change, remove, reorder or insert an entry unseen.
 *
 * <h2>Pieces</h2>
 * <ul>
 *   <li>{@link io.tscns.core.audit.AuditRecord}: what is traced, with {@link io.tscns.core.audit.AuditOutcome} and
 *       {@link io.tscns.core.audit.AuditDetails} (which refuse secrets by type and by key name, within documented
 *       limits).
 *   <li>{@link io.tscns.core.audit.AuditCanonicalForm}: the deterministic, length-prefixed, versioned byte encoding,
 *       and the entry hash {@code SHA-256(previous hash || canonical)}.
 *   <li>{@link io.tscns.core.audit.AuditSealer} (pure): turns a head and a record into the next
 *       {@link io.tscns.core.audit.AuditEntry}, sealed by HMAC-SHA256 under a key id
 *       ({@link io.tscns.core.audit.AuditSeal}, {@code v1:HMAC-SHA256:<keyId>:<mac>}).
 *   <li>{@link io.tscns.core.audit.AuditChain}: a thread-safe, in-memory, append-only chain, started empty or
 *       resumed from a stored {@link io.tscns.core.audit.AuditChainHead}.
 *   <li>{@link io.tscns.core.audit.AuditVerifier} (pure): walks entries from a list, a cursor or an export with an
 *       {@link io.tscns.core.audit.AuditKeyRing} and returns an {@link io.tscns.core.audit.AuditVerification}:
 *       intact, or broken at the first wrong or missing entry with an {@link io.tscns.core.audit.AuditDefect}.
 *   <li>{@link io.tscns.core.audit.AuditExport}: the line-oriented text export, sealed by a trailer, read back by
 *       {@link io.tscns.core.audit.AuditExportReader} in bounded memory.
 * </ul>
 *
 * <h2>Design</h2>
 * The chain links entries by hash and numbers them by sequence, so a change, deletion or move shows up at its
 * position; every entry also carries its own seal, so that rewriting the hashes requires the key. The seal format is
 * versioned and names its key, after EJBCA's protected audit rows ({@code docs/prior-art.md §6}), so keys roll over
 * without touching older entries. Unlike EJBCA, which seals rows independently for write parallelism in clusters,
 * the entries form one chain: a CMS writes a few thousand entries a second at most, and a chain detects a deleted
 * entry without relying on a separate sequence per node.
 *
 * <h2>Storing entries elsewhere</h2>
 * A SQL store keeps one row per entry (every field of {@link io.tscns.core.audit.AuditEntry}; the details as
 * {@link io.tscns.core.audit.AuditDetails#toText()}), appends with {@link io.tscns.core.audit.AuditSealer#seal}
 * while holding its own lock on the head, and after a restart reads its last row,
 * checks it with {@link io.tscns.core.audit.AuditVerifier#verifyEntry} and continues from the head returned.
 */
package io.tscns.core.audit;
