package io.contracthub.hub.console.connectors;

import java.util.List;

/**
 * The external systems the console reports on, in the order a user thinks of them, each with the name(s) its connector
 * registers its resilience under (OCR's is its provider's).
 */
enum ExternalSystem {
    CRM("crm", List.of()),
    ESIGN("esign", List.of("esign")),
    OCR("ocr", List.of("ocr-tencent", "ocr-baidu")),
    WECOM("wecom", List.of("wecom")),
    DINGTALK("dingtalk", List.of("dingtalk")),
    DINGTALK_ROBOT("dingtalk-robot", List.of("dingtalk-robot")),
    HIS("his", List.of("his")),
    KINGDEE("kingdee", List.of("kingdee")),
    U8("u8", List.of("u8")),
    SAP("sap", List.of("sap"));

    private final String key;
    private final List<String> resilienceNames;

    ExternalSystem(String key, List<String> resilienceNames) {
        this.key = key;
        this.resilienceNames = resilienceNames;
    }

    String key() {
        return key;
    }

    List<String> resilienceNames() {
        return resilienceNames;
    }

    /** The CRM pushes its events to the hub's webhook; the hub never calls it, so it has no breaker and is always on. */
    boolean inbound() {
        return resilienceNames.isEmpty();
    }
}
