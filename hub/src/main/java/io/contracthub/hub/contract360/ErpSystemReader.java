package io.contracthub.hub.contract360;

/** One ERP's reading of a contract's documents ({@link ErpReader} picks the company's). */
public interface ErpSystemReader {

    /** "kingdee", "u8", "sap" */
    String system();

    ErpView read(Contract360Subject subject, String companyCode);
}
