package io.contracthub.connectors.erp;

/** What a trigger asks the ERP to create. */
public enum ErpOperation {
    SALES_ORDER("sales order", "sales-order"),
    INVOICE("invoice", "invoice");

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
