/**
 * The papers a TS-CNS counter prints (<i>stampe dello sportello</i>): the activation receipt with the counter halves
 * of the codes, the activation request form, the self-declarations, the delegation form and the consent forms, as
 * PDF/A-2b documents with an embedded font. One immutable input record per document ({@link
 * io.tscns.cms.documents.CounterDocument}) and one writer ({@link io.tscns.cms.documents.PdfDocumentWriter}).
 */
module io.tscns.cms.documents {
    requires transitive io.tscns.core;
    requires transitive io.tscns.cms.protocol;
    requires org.apache.pdfbox;
    requires org.apache.fontbox;
    requires org.apache.pdfbox.io;
    requires org.apache.xmpbox;
    requires java.desktop;
    requires java.xml;

    exports io.tscns.cms.documents;
}
