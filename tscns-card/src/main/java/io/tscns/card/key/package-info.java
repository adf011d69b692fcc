/**
 * Operations with the authentication key (<i>chiave di autenticazione</i>): PKCS#1 v1.5 signatures through raw RSA
 * (PSO DECIPHER, as OpenSC does) or PSO COMPUTE DIGITAL SIGNATURE, INTERNAL AUTHENTICATE and GET CHALLENGE.
 */
package io.tscns.card.key;
