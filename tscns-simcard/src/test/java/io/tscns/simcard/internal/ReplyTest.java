package io.tscns.simcard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * Proves that a reply compares by content (data and status word) and describes itself without its data, which may
 * be a deciphered block.
 */
class ReplyTest {

    @Test
    void repliesWithTheSameContentAreEqual() {
        Reply a = Reply.success(new byte[] {1, 2});
        Reply b = Reply.success(new byte[] {1, 2});
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
    }

    @Test
    void aDifferentStatusWordOrDataOrTypeIsNotEqual() {
        Reply reply = Reply.success(new byte[] {1, 2});
        assertNotEquals(reply, new Reply(new byte[] {1, 2}, StatusWords.END_OF_FILE));
        assertNotEquals(reply, Reply.success(new byte[] {1, 3}));
        assertFalse(reply.equals("Reply"));
        assertFalse(reply.equals(null));
    }

    @Test
    void theDescriptionShowsStatusAndLengthButNotTheData() {
        Reply reply = Reply.success(new byte[] {0x31, 0x32, 0x33});
        assertEquals("Reply[SW=9000, Nr=3]", reply.toString());
        assertEquals(
                "Reply[SW=6982, Nr=0]",
                Reply.status(StatusWords.SECURITY_STATUS_NOT_SATISFIED).toString());
    }
}
