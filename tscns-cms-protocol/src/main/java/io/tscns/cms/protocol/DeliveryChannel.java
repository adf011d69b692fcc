package io.tscns.cms.protocol;

import static io.tscns.cms.protocol.WireText.required;

import io.tscns.core.TscnsException;
import io.tscns.core.secret.RemoteChannel;

/**
 * Where the remote halves of the codes go: an e-mail address or a mobile number, checked by the core
 * {@link RemoteChannel} types.
 *
 * @param kind    e-mail or SMS
 * @param address the address or number
 * @since 0.1.0
 */
public record DeliveryChannel(ChannelKind kind, String address) {

    /**
     * Checks the address with the core channel rules.
     *
     * @throws CmsProtocolException if the address is malformed for the kind
     */
    public DeliveryChannel {
        required("kind", kind);
        required("address", address);
        toRemoteChannel(kind, address);
    }

    /**
     * Returns the core channel.
     *
     * @return an e-mail or SMS channel
     */
    public RemoteChannel toRemoteChannel() {
        return toRemoteChannel(kind, address);
    }

    private static RemoteChannel toRemoteChannel(ChannelKind kind, String address) {
        try {
            return switch (kind) {
                case EMAIL -> RemoteChannel.email(address);
                case SMS -> RemoteChannel.sms(address);
            };
        } catch (TscnsException e) {
            throw new CmsProtocolException(new ProtocolProblem.InvalidValue("channel.address"), e);
        }
    }
}
