package io.tscns.cms.protocol;

/**
 * The channel of the second half of the codes (<i>modalità di consegna della seconda parte</i>, §10.1 step 9).
 *
 * @since 0.1.0
 */
public enum ChannelKind {
    /** E-mail. */
    EMAIL,
    /** SMS to a mobile number. */
    SMS
}
