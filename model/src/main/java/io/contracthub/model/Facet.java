package io.contracthub.model;

/** One aspect of a contract that some system can vouch for. */
public enum Facet {
    COMMERCIAL,
    SIGNATURE,
    DOWN_PAYMENT,
    TECHNICAL_AGREEMENT,
    QUALIFICATION,
    ERP_DOCUMENTS,
    /** A change to signed terms: signed in esign or decided by legal (docs/amendments.md); never required. */
    AMENDMENT,
    /** The payment journey of the contract's invoices (never required: it follows INVOICED). */
    PAYMENT,
    /**
     * The goods reached the customer: the ERP's delivery / outbound document, or a delivery recorded in the console or
     * the API (docs/payment-journey.md, "CLOSED"). Never required: with PAID it makes the contract CLOSED.
     */
    DELIVERY
}
