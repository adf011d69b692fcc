package io.tscns.cms.sandbox.internal.domain;

import io.tscns.core.secret.EmailChannel;
import io.tscns.core.secret.RemoteChannel;
import io.tscns.core.secret.SmsChannel;

/**
 * How the remote halves of the codes travel (<i>canale di consegna</i>, Toscana manual v2.0 §10.1 step 9): by e-mail
 * or SMS. The name is what the audit trail, the outbox table and the protocol write.
 */
public enum DeliveryKind {
    /** By e-mail. */
    EMAIL,
    /** By SMS. */
    SMS;

    /**
     * Returns the kind of a channel.
     *
     * @param channel the channel
     * @return its kind
     */
    public static DeliveryKind of(RemoteChannel channel) {
        return channel instanceof EmailChannel ? EMAIL : SMS;
    }

    /**
     * Returns the channel of this kind to an address.
     *
     * @param address the e-mail address or mobile number
     * @return the channel
     * @throws io.tscns.core.secret.InvalidRemoteAddressException if the address is not one of this kind
     */
    public RemoteChannel to(String address) {
        return this == EMAIL ? new EmailChannel(address) : new SmsChannel(address);
    }
}
