package io.contracthub.connectors.sap;

/** An SAP connector, whichever protocol it creates orders with: its documents are read over OData either way. */
public interface SapReadable {

    SapDocumentReads reads();
}
