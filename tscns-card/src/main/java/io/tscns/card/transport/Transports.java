package io.tscns.card.transport;

/**
 * Ready-made stacks of transport decorators (<i>pila di trasporto</i>).
 *
 * @since 0.1.0
 */
public final class Transports {

    private Transports() {}

    /**
     * Returns the stack the SDK uses on every card connection, outermost first: {@link GetResponseTransport}
     * (61xx), {@link WrongLengthRetryTransport} (6Cxx), {@link TracingTransport} (TRACE log of every APDU on the
     * wire, secrets redacted), then the raw transport.
     *
     * @param raw the transport that reaches the card
     * @return the decorated transport
     */
    public static CardTransport standard(CardTransport raw) {
        return standard(raw, TracingTransport.Detail.DATA);
    }

    /**
     * Returns the standard stack with a chosen trace detail.
     *
     * @param raw         the transport that reaches the card
     * @param traceDetail how much of each APDU the TRACE log shows
     * @return the decorated transport
     */
    public static CardTransport standard(CardTransport raw, TracingTransport.Detail traceDetail) {
        return new GetResponseTransport(new WrongLengthRetryTransport(new TracingTransport(raw, traceDetail)));
    }
}
