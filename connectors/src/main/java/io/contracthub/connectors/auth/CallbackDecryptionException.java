package io.contracthub.connectors.auth;

/** A correctly signed callback whose ciphertext cannot be decrypted or whose plaintext is malformed: bad content. */
public class CallbackDecryptionException extends RuntimeException {

    public CallbackDecryptionException(String message, Throwable cause) {
        super(message, cause);
    }
}
