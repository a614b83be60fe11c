package io.contracthub.routes.erp;

import com.fasterxml.jackson.databind.JsonNode;

/** The company (seller entity) a trigger is for, its ERP, and its master data as the mappings read it. */
public record ErpTarget(String system, String companyCode, JsonNode company) {
}
