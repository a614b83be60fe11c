package io.contracthub.simulators.crm;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;

/** The built-in demo contract every new contract number starts from: a valid, complete, two-line CRM contract. */
final class CrmDemoContract {

    static final String CUSTOMER_NAME = "华东医疗器械有限公司";
    // a unified social credit code whose GB 32100-2015 check character is correct
    static final String CREDIT_CODE = "91310000MA1FL8XQ37";

    private CrmDemoContract() {
    }

    static ObjectNode create(String number, LocalDate date) {
        ObjectNode contract = JsonNodeFactory.instance.objectNode();
        contract.put("number", number);
        contract.put("date", date.toString());
        contract.putObject("customer")
                .put("name", CUSTOMER_NAME)
                .put("creditCode", CREDIT_CODE)
                .put("region", "Shanghai")
                .put("segment", "MEDICAL");
        contract.putObject("salesRep").put("id", "u1001").put("name", "Li Lei");
        contract.put("currency", "CNY");
        ArrayNode lines = contract.putArray("lines");
        lines.addObject()
                .put("productCode", "MRI-3T")
                .put("description", "3T MRI scanner")
                .put("quantity", "1")
                .put("unitPrice", "2400000.00")
                .put("taxRate", "0.13");
        lines.addObject()
                .put("productCode", "SVC-INSTALL")
                .put("description", "Installation and training")
                .put("quantity", "2")
                .put("unitPrice", "35000.50")
                .put("taxRate", "0.06");
        ObjectNode terms = contract.putObject("terms");
        terms.putObject("downPayment").put("percent", "30");
        terms.put("creditDays", 60);
        contract.putObject("invoice").put("title", CUSTOMER_NAME).put("taxNumber", CREDIT_CODE);
        contract.putObject("bankAccount")
                .put("bankName", "ICBC Shanghai")
                .put("accountName", "Contract Hub Demo Seller")
                .put("accountNumber", "6222020200112233445");
        return contract;
    }
}
