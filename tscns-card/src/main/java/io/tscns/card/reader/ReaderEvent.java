package io.tscns.card.reader;

/**
 * A change seen by the {@link ReaderMonitor} (<i>evento del lettore</i>). Events of one poll arrive in an order that
 * keeps a listener's picture consistent: a card is removed before its reader is detached, a reader is attached
 * before a card in it is inserted, the readers go before the service is reported lost, and the service is reported
 * back before its readers come.
 *
 * @since 0.1.0
 */
public sealed interface ReaderEvent {

    /**
     * A reader was connected (<i>lettore collegato</i>).
     *
     * @param reader the reader's name
     */
    record ReaderAttached(String reader) implements ReaderEvent {}

    /**
     * A reader was disconnected (<i>lettore scollegato</i>).
     *
     * @param reader the reader's name
     */
    record ReaderDetached(String reader) implements ReaderEvent {}

    /**
     * A card was inserted (<i>carta inserita</i>).
     *
     * @param reader the reader's name
     */
    record CardInserted(String reader) implements ReaderEvent {}

    /**
     * A card was removed (<i>carta rimossa</i>).
     *
     * @param reader the reader's name
     */
    record CardRemoved(String reader) implements ReaderEvent {}

    /**
     * The PC/SC service stopped or could not be reached (<i>servizio non disponibile</i>).
     *
     * @param reason what the PC/SC layer reported
     */
    record ServiceUnavailable(String reason) implements ReaderEvent {}

    /** The PC/SC service can be reached again (<i>servizio di nuovo disponibile</i>). */
    record ServiceAvailable() implements ReaderEvent {}
}
