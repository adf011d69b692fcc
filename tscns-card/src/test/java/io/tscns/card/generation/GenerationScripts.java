package io.tscns.card.generation;

import io.tscns.card.ReferenceCard;
import io.tscns.card.fs.CnsFileSystem;
import io.tscns.card.transport.ScriptedTransport;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The exchanges of the reference card laid out as each generation of {@code docs/card.md §10} keeps it, for
 * {@link ScriptedTransport}s that check every command byte for byte.
 */
final class GenerationScripts {

    static final HexFormat HEX = HexFormat.of().withUpperCase();

    /** The ACe 2025 application's FCI as the public trace shows it: it names itself 3F00. */
    static final String ACE_FCI = "6F17 8203380000 840CA000000530000B104001021A 83023F00 9000".replace(" ", "");

    static final String ACE_SELECT = "00A404000CA000000530000B104001021A00";
    static final String ST_SELECT = "00A4040008A00000009501004D00";
    static final String ST_MODEL = "00CA018000";
    static final String JSIGN4 = HEX.formatHex("JSign4".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    /** The card id of the reference card as packed BCD, followed by two bytes the SDK does not read. */
    static final byte[] ACE_CARD_ID = HEX.parseHex("61201234567890000371");
    /** A contactless ATR with no historical bytes, as the ST2022 gives over NFC. */
    static final String NFC_ATR = "3B80800101";
    /** The recommended simulator ATR with "ACE" where "CNS" belongs: well formed, T=1, known to no rule. */
    static final String UNKNOWN_ATR = "3BFF1800008131FE45006B1105070001110141434511318062";

    private GenerationScripts() {}

    /** SELECT with FCI by path (P1 08 or 09) and the READ BINARY of one file, extended or in short pieces. */
    static void selectAndRead(ScriptedTransport.Builder script, int p1, String path, byte[] content, boolean extended) {
        script.expect(
                String.format("00A4%02X00%02X%s00", p1, path.length() / 2, path),
                String.format("6F0A8002%04X8201018A01059000", content.length));
        if (extended && content.length > 256) {
            script.expect(String.format("00B0000000%04X", content.length), HEX.formatHex(content) + "9000");
            return;
        }
        for (int offset = 0; offset < content.length; offset += CnsFileSystem.SHORT_READ) {
            int length = Math.min(CnsFileSystem.SHORT_READ, content.length - offset);
            script.expect(
                    String.format("00B0%04X%02X", offset, length),
                    HEX.formatHex(Arrays.copyOfRange(content, offset, offset + length)) + "9000");
        }
    }

    /** Everything readIdentity() sends to the ACe 2025 applet once its application is selected. */
    static void aceIdentity(ScriptedTransport.Builder script, boolean extended) {
        selectAndRead(script, 0x09, "D003", ACE_CARD_ID, extended);
        selectAndRead(script, 0x09, "11001102", ReferenceCard.PERSONAL_DATA, extended);
        selectAndRead(script, 0x09, "DA01C001", ReferenceCard.CERTIFICATE, extended);
    }

    /** Everything readIdentity() sends to the ST2022 over NFC once its application is selected: classic paths. */
    static void st2022Identity(ScriptedTransport.Builder script) {
        selectAndRead(script, 0x08, "10001003", ReferenceCard.CARD_ID_FILE, true);
        selectAndRead(script, 0x08, "11001102", ReferenceCard.PERSONAL_DATA, true);
        selectAndRead(script, 0x08, "11001101", ReferenceCard.CERTIFICATE, true);
    }
}
