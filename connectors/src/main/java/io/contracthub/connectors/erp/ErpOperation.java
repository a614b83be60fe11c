package io.contracthub.connectors.erp;

/** What a trigger asks the ERP to create (or, for an amendment, to change). */
public enum ErpOperation {
    SALES_ORDER("sales order", "sales-order"),
    INVOICE("invoice", "invoice"),
    /** The sales order of an amendment that took effect (docs/amendments.md): the order sent before, changed. */
    SALES_ORDER_CHANGE("amended sales order", "sales-order-change");

    private final String label;
    private final String slug;

    ErpOperation(String label, String slug) {
        this.label = label;
        this.slug = slug;
    }

    /** For people: "sales order", "invoice". */
    public String label() {
        return label;
    }

    /** For route ids and file names: "sales-order", "invoice". */
    public String slug() {
        return slug;
    }
}
