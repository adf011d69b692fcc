package io.tscns.core.activation;

import java.util.Objects;

/**
 * An identity document as shown at the counter (<i>documento esibito</i>), with the declaration its owner may sign
 * on an expired one: DPR 445/2000 art. 45 c.3 lets an expired document prove its data if the owner declares, at the
 * foot of its photocopy, that they have not changed since issue (Toscana manual v2.0 §8.1.2). The photocopy itself
 * is how the administration records the data (art. 45 c.2).
 *
 * <p>Immutable and thread-safe.
 *
 * @param document                 the document
 * @param unchangedDataDeclaration {@code true} if its owner signed the art. 45 c.3 declaration
 * @since 0.1.0
 */
public record PresentedDocument(IdentityDocument document, boolean unchangedDataDeclaration) {

    /**
     * Checks the component.
     */
    public PresentedDocument {
        Objects.requireNonNull(document, "document");
    }

    /**
     * Returns a document shown without the art. 45 c.3 declaration.
     *
     * @param document the document
     * @return the presented document
     */
    public static PresentedDocument withoutDeclaration(IdentityDocument document) {
        return new PresentedDocument(document, false);
    }
}
