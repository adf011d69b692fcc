package io.tscns.card.transport;

/**
 * Ready-made stacks of transport decorators (<i>pila di trasporto</i>).
 */
public final class Transports {

    private Transports() {
    }

    /**
     * Returns the stack the SDK uses on every card connection, outermost first: {@link GetResponseTransport}
     * (61xx), {@link WrongLengthRetryTransport} (6Cxx), {@link TracingTransport} (TRACE log of every APDU on the
     * wire, secrets redacted), then the raw transport.
     *
     * @param raw the transport that reaches the card
     * @return the decorated transport
     */
    public static CardTransport standard(CardTransport raw) {
        return new GetResponseTransport(new WrongLengthRetryTransport(new TracingTransport(raw)));
    }
}
