package io.contracthub.model;

/** The CRM's sales rep; {@code phone} is optional contact data and is not part of the signed terms. */
public record SalesRep(String id, String name, String phone) {

    public SalesRep(String id, String name) {
        this(id, name, null);
    }
}
