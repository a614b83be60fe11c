package io.contracthub.hub.payment.statement;

/** A person's decision on a statement line that cannot be taken (unknown line, line already used, invoice not waiting). */
public class StatementDecisionException extends RuntimeException {

    private final int status;
    private final String code;

    public StatementDecisionException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
