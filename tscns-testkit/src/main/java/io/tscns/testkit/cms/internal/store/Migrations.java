package io.tscns.testkit.cms.internal.store;

import java.util.List;

/**
 * The versioned schema migrations of the sandbox CMS database ({@code V1__…}), applied in order by
 * {@link SandboxDatabase} and recorded in the {@code schema_version} table, so that a data directory written by an
 * older sandbox is upgraded, never recreated.
 */
final class Migrations {

    /**
     * One migration: its version, its name and the statements it runs in one transaction.
     *
     * @param version    the version, from 1, without gaps
     * @param name       a short description, as in {@code V1__schema}
     * @param statements the SQL statements
     */
    record Migration(int version, String name, List<String> statements) {
    }

    static final List<Migration> ALL = List.of(new Migration(1, "schema", List.of(
            """
            CREATE TABLE operators (
              operator_id VARCHAR(64) PRIMARY KEY,
              display_name VARCHAR(200) NOT NULL,
              role VARCHAR(32) NOT NULL,
              region VARCHAR(8) NOT NULL,
              counter_id VARCHAR(64) NOT NULL,
              reissue_enabled BOOLEAN NOT NULL,
              enabled BOOLEAN NOT NULL,
              cert_fingerprint CHAR(64) UNIQUE,
              token_salt VARBINARY(16),
              token_hash VARBINARY(32))""",
            """
            CREATE TABLE holders (
              codice_fiscale VARCHAR(16) PRIMARY KEY,
              surname VARCHAR(100) NOT NULL,
              given_name VARCHAR(100) NOT NULL,
              birth_date DATE NOT NULL,
              sex CHAR(1) NOT NULL,
              birth_place VARCHAR(8) NOT NULL)""",
            """
            CREATE TABLE cards (
              card_id CHAR(16) PRIMARY KEY,
              team_number CHAR(20) NOT NULL UNIQUE,
              codice_fiscale VARCHAR(16) NOT NULL REFERENCES holders(codice_fiscale),
              region CHAR(3) NOT NULL,
              state VARCHAR(16) NOT NULL,
              version BIGINT NOT NULL,
              expiry_date DATE NOT NULL,
              certificate_serial VARCHAR(80),
              activation_mode VARCHAR(32),
              cip_failures INT NOT NULL,
              updated_at TIMESTAMP WITH TIME ZONE NOT NULL)""",
            "CREATE INDEX cards_by_person ON cards(codice_fiscale)",
            """
            CREATE TABLE secret_codes (
              card_id CHAR(16) NOT NULL REFERENCES cards(card_id),
              kind VARCHAR(8) NOT NULL,
              sealed VARBINARY(128) NOT NULL,
              PRIMARY KEY (card_id, kind))""",
            """
            CREATE TABLE consents (
              id BIGINT AUTO_INCREMENT PRIMARY KEY,
              codice_fiscale VARCHAR(16) NOT NULL,
              card_id CHAR(16) NOT NULL,
              kind VARCHAR(32) NOT NULL,
              status VARCHAR(16) NOT NULL,
              regime VARCHAR(32) NOT NULL,
              recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
              operator_id VARCHAR(64) NOT NULL)""",
            "CREATE INDEX consents_by_person ON consents(codice_fiscale)",
            """
            CREATE TABLE operations (
              id BIGINT AUTO_INCREMENT PRIMARY KEY,
              card_id CHAR(16),
              codice_fiscale VARCHAR(16),
              operation VARCHAR(48) NOT NULL,
              outcome VARCHAR(80) NOT NULL,
              state_after VARCHAR(16),
              operator_id VARCHAR(64) NOT NULL,
              at TIMESTAMP WITH TIME ZONE NOT NULL,
              request_id VARCHAR(128))""",
            "CREATE INDEX operations_by_card ON operations(card_id, id)",
            """
            CREATE TABLE idempotency (
              operator_id VARCHAR(64) NOT NULL,
              idem_key VARCHAR(64) NOT NULL,
              request_hash BINARY(32) NOT NULL,
              status INT NOT NULL,
              body VARBINARY(65536) NOT NULL,
              created_at TIMESTAMP WITH TIME ZONE NOT NULL,
              PRIMARY KEY (operator_id, idem_key))""",
            """
            CREATE TABLE outbox (
              id BIGINT AUTO_INCREMENT PRIMARY KEY,
              message_id CHAR(36) NOT NULL UNIQUE,
              card_id CHAR(16) NOT NULL,
              channel VARCHAR(8) NOT NULL,
              address VARCHAR(254) NOT NULL,
              sealed VARBINARY(256) NOT NULL,
              created_at TIMESTAMP WITH TIME ZONE NOT NULL)""",
            "CREATE INDEX outbox_by_address ON outbox(address)",
            """
            CREATE TABLE requests (
              request_id CHAR(36) PRIMARY KEY,
              kind VARCHAR(32) NOT NULL,
              codice_fiscale VARCHAR(16) NOT NULL,
              reason VARCHAR(32) NOT NULL,
              operator_id VARCHAR(64) NOT NULL,
              created_at TIMESTAMP WITH TIME ZONE NOT NULL)""",
            """
            CREATE TABLE audit_entries (
              seq BIGINT PRIMARY KEY,
              previous_hash CHAR(64) NOT NULL,
              hash CHAR(64) NOT NULL,
              seal VARCHAR(512) NOT NULL,
              operator_id VARCHAR(128) NOT NULL,
              at TIMESTAMP WITH TIME ZONE NOT NULL,
              instant_text VARCHAR(40) NOT NULL,
              operation VARCHAR(64) NOT NULL,
              card_id VARCHAR(64),
              codice_fiscale VARCHAR(64),
              outcome VARCHAR(80) NOT NULL,
              request_id VARCHAR(128),
              details VARCHAR(32768) NOT NULL)""")),
            new Migration(2, "certificate_state", List.of(
                    "ALTER TABLE cards ADD COLUMN certificate_action VARCHAR(48)",
                    "ALTER TABLE cards ADD COLUMN certificate_action_at TIMESTAMP WITH TIME ZONE")),
            // An identity sequence keeps 32 values in hand by default, and fetching the next 32 commits the
            // sequence's own change (a whole store of the file at WRITE_DELAY=0) every 16 activations; 1,024 makes
            // it rare. A restart resumes after the values in hand: ids stay increasing, with a gap.
            new Migration(3, "identity_cache", List.of(
                    "ALTER TABLE operations ALTER COLUMN id SET CACHE 1024",
                    "ALTER TABLE outbox ALTER COLUMN id SET CACHE 1024")),
            // A CHAR column compared with a VARCHAR parameter (what JDBC's setString binds) is converted to CHAR at
            // every comparison of an index search: about a tenth of the writer's time went to those conversions.
            // The identifiers always have their full length, so VARCHAR holds the same values.
            new Migration(4, "varchar_identifiers", List.of(
                    "ALTER TABLE secret_codes ALTER COLUMN card_id SET DATA TYPE VARCHAR(16)",
                    "ALTER TABLE cards ALTER COLUMN card_id SET DATA TYPE VARCHAR(16)",
                    "ALTER TABLE cards ALTER COLUMN team_number SET DATA TYPE VARCHAR(20)",
                    "ALTER TABLE cards ALTER COLUMN region SET DATA TYPE VARCHAR(3)",
                    "ALTER TABLE consents ALTER COLUMN card_id SET DATA TYPE VARCHAR(16)",
                    "ALTER TABLE operations ALTER COLUMN card_id SET DATA TYPE VARCHAR(16)",
                    "ALTER TABLE outbox ALTER COLUMN card_id SET DATA TYPE VARCHAR(16)",
                    "ALTER TABLE outbox ALTER COLUMN message_id SET DATA TYPE VARCHAR(36)",
                    "ALTER TABLE requests ALTER COLUMN request_id SET DATA TYPE VARCHAR(36)",
                    "ALTER TABLE operators ALTER COLUMN cert_fingerprint SET DATA TYPE VARCHAR(64)")),
            // Idempotency keys are the clients' random UUIDs: every new record lands on a random page of the key
            // index, which the database rewrites, strings and all, at the next group commit (a third of the store's
            // cost). Keyed by a 128-bit digest of (operator, key) instead, the index holds 16-byte binary keys: half
            // the page, no string encoding, two longs to compare. The same digest as Idempotency.digest.
            new Migration(5, "idempotency_digest", List.of(
                    """
                    CREATE TABLE idempotency_by_digest (
                      key_digest UUID PRIMARY KEY,
                      operator_id VARCHAR(64) NOT NULL,
                      idem_key VARCHAR(64) NOT NULL,
                      request_hash BINARY(32) NOT NULL,
                      status INT NOT NULL,
                      body VARBINARY(65536) NOT NULL,
                      created_at TIMESTAMP WITH TIME ZONE NOT NULL)""",
                    "INSERT INTO idempotency_by_digest SELECT CAST(SUBSTRING(HASH('SHA-256',"
                            + " CAST(CHAR_LENGTH(operator_id) AS VARCHAR) || ':' || operator_id || idem_key), 1, 16)"
                            + " AS UUID), operator_id, idem_key, request_hash, status, body, created_at FROM idempotency",
                    "DROP TABLE idempotency",
                    "ALTER TABLE idempotency_by_digest RENAME TO idempotency")));

    private Migrations() {
    }
}
