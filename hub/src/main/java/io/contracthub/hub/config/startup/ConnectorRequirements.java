package io.contracthub.hub.config.startup;

import io.contracthub.hub.config.LoopbackAddress;
import org.springframework.core.env.Environment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What each connector needs before the hub may start. A connector that is switched off needs nothing; one that is on
 * names every missing setting by the environment variable config/*.yml reads it from. README's configuration section
 * lists the same.
 */
enum ConnectorRequirements {

    HUB("hub") {
        @Override
        void check(ConnectorSettings settings) {
            settings.require("hub.api-key", "HUB_API_KEY");
        }
    },
    CRM("crm") {
        @Override
        void check(ConnectorSettings settings) {
            settings.require("hub.connectors.crm.webhook-secret", "HUB_CRM_WEBHOOK_SECRET");
        }
    },
    ESIGN("esign") {
        @Override
        void check(ConnectorSettings settings) {
            if (!settings.isOn("hub.connectors.esign.enabled")) {
                return;
            }
            settings.require("hub.connectors.esign.base-url", "HUB_ESIGN_BASE_URL",
                    MISSING + " (https://openapi.esign.cn, or https://smlopenapi.esign.cn for esign's own test environment)");
            settings.require("hub.connectors.esign.app-id", "HUB_ESIGN_APP_ID");
            settings.require("hub.connectors.esign.app-secret", "HUB_ESIGN_APP_SECRET");
            settings.require("hub.connectors.esign.sign-flow.seller-org-name", "HUB_ESIGN_SELLER_ORG_NAME");
            // esign's documentation never shows an organisation signer without its transactor (经办人), and an empty
            // psnAccount is certainly refused: see connectors/esign/README.md
            settings.require("hub.connectors.esign.sign-flow.seller-transactor-account", "HUB_ESIGN_SELLER_TRANSACTOR",
                    MISSING + " (the mobile number or e-mail of the person who signs for the seller)");
        }
    },
    OCR("ocr") {
        @Override
        void check(ConnectorSettings settings) {
            if (!settings.isOn("hub.ocr.enabled")) {
                return;
            }
            if (settings.value("hub.ocr.provider").equalsIgnoreCase("BAIDU")) {
                settings.require("hub.ocr.baidu.api-key", "HUB_OCR_BAIDU_API_KEY");
                settings.require("hub.ocr.baidu.secret-key", "HUB_OCR_BAIDU_SECRET_KEY");
            } else {
                settings.require("hub.ocr.tencent.secret-id", "HUB_OCR_TENCENT_SECRET_ID");
                settings.require("hub.ocr.tencent.secret-key", "HUB_OCR_TENCENT_SECRET_KEY");
            }
        }
    },
    WECOM("wecom") {
        @Override
        void check(ConnectorSettings settings) {
            if (!settings.isOn("hub.people.wecom.enabled")) {
                return;
            }
            settings.require("hub.people.wecom.corp-id", "HUB_WECOM_CORP_ID");
            settings.require("hub.people.wecom.token", "HUB_WECOM_CALLBACK_TOKEN");
            settings.require("hub.people.wecom.encoding-aes-key", "HUB_WECOM_ENCODING_AES_KEY");
            settings.require("hub.people.wecom.corp-secret", "HUB_WECOM_CORP_SECRET");
            settings.requireId("hub.people.wecom.agent-id", "HUB_WECOM_AGENT_ID");
        }
    },
    DINGTALK("dingtalk") {
        @Override
        void check(ConnectorSettings settings) {
            if (!settings.isOn("hub.people.dingtalk.enabled")) {
                return;
            }
            settings.require("hub.people.dingtalk.token", "HUB_DINGTALK_CALLBACK_TOKEN");
            settings.require("hub.people.dingtalk.aes-key", "HUB_DINGTALK_AES_KEY");
            settings.require("hub.people.dingtalk.owner-key", "HUB_DINGTALK_OWNER_KEY");
            settings.require("hub.people.dingtalk.app-key", "HUB_DINGTALK_APP_KEY");
            settings.require("hub.people.dingtalk.app-secret", "HUB_DINGTALK_APP_SECRET");
            settings.requireId("hub.people.dingtalk.agent-id", "HUB_DINGTALK_AGENT_ID");
        }
    },
    DINGTALK_ROBOT("dingtalk-robot") {
        @Override
        void check(ConnectorSettings settings) {
            // the robot is on where its webhook URL is set, and the hub signs every message with its secret
            if (settings.isSet(ROBOT_WEBHOOK_URL)) {
                settings.require("hub.people.dingtalk.robot-secret", "HUB_DINGTALK_ROBOT_SECRET");
            }
        }
    },
    HIS("his") {
        @Override
        void check(ConnectorSettings settings) {
            if (settings.isOn("hub.people.his.enabled")) {
                settings.require("hub.people.his.endpoint-url", "HUB_HIS_ENDPOINT_URL",
                        MISSING + " (or set HUB_HIS_ENABLED=false to run without the HIS qualification check)");
            }
        }
    },
    KINGDEE("kingdee") {
        @Override
        void check(ConnectorSettings settings) {
            if (!deliversTo(settings, name)) {
                return;
            }
            requireBaseUrl(settings, "hub.erp.kingdee.base-url", "HUB_KINGDEE_BASE_URL");
            settings.require("hub.erp.kingdee.acct-id", "HUB_KINGDEE_ACCT_ID");
            settings.require("hub.erp.kingdee.username", "HUB_KINGDEE_USERNAME");
            if (settings.value("hub.erp.kingdee.login-method").equalsIgnoreCase("VALIDATE_USER")) {
                settings.require("hub.erp.kingdee.password", "HUB_KINGDEE_PASSWORD");
            } else {
                settings.require("hub.erp.kingdee.app-id", "HUB_KINGDEE_APP_ID");
                settings.require("hub.erp.kingdee.app-secret", "HUB_KINGDEE_APP_SECRET");
            }
        }
    },
    U8("u8") {
        @Override
        void check(ConnectorSettings settings) {
            if (!deliversTo(settings, name)) {
                return;
            }
            requireBaseUrl(settings, "hub.erp.u8.base-url", "HUB_U8_BASE_URL");
            settings.require("hub.erp.u8.from-account", "HUB_U8_FROM_ACCOUNT");
            settings.require("hub.erp.u8.to-account", "HUB_U8_TO_ACCOUNT");
            settings.require("hub.erp.u8.app-key", "HUB_U8_APP_KEY");
            settings.require("hub.erp.u8.app-secret", "HUB_U8_APP_SECRET");
        }
    },
    SAP("sap") {
        @Override
        void check(ConnectorSettings settings) {
            if (!deliversTo(settings, name)) {
                return;
            }
            requireBaseUrl(settings, "hub.erp.sap.base-url", "HUB_SAP_BASE_URL");
            settings.require("hub.erp.sap.username", "HUB_SAP_USERNAME");
            settings.require("hub.erp.sap.password", "HUB_SAP_PASSWORD");
            if (settings.value("hub.erp.sap.protocol").equalsIgnoreCase("soap")) {
                settings.require("hub.erp.sap.soap-service", "HUB_SAP_SOAP_SERVICE", MISSING + " (protocol soap)");
            }
        }
    },
    KUAIDI100("kuaidi100") {
        @Override
        void check(ConnectorSettings settings) {
            if (!settings.isOn("hub.contract360.kuaidi100.enabled")) {
                return;
            }
            settings.require("hub.contract360.kuaidi100.base-url", "HUB_KUAIDI100_BASE_URL");
            settings.require("hub.contract360.kuaidi100.customer", "HUB_KUAIDI100_CUSTOMER",
                    MISSING + " (查询公司编号 in Kuaidi100's enterprise console)");
            settings.require("hub.contract360.kuaidi100.key", "HUB_KUAIDI100_KEY",
                    MISSING + " (授权key in Kuaidi100's enterprise console)");
        }
    },
    BROKER_ACCEPTOR("broker-acceptor") {
        @Override
        void check(ConnectorSettings settings) {
            if (!settings.isSet(ACCEPTOR_URL)) {
                return;
            }
            settings.require("hub.messaging.embedded-acceptor.user", "HUB_EMBEDDED_ACCEPTOR_USER");
            settings.require("hub.messaging.embedded-acceptor.password", "HUB_EMBEDDED_ACCEPTOR_PASSWORD");
            String host = LoopbackAddress.hostOf(settings.value(ACCEPTOR_URL));
            if (host == null) {
                settings.report(ACCEPTOR_URL, "HUB_EMBEDDED_ACCEPTOR", "must look like tcp://127.0.0.1:61616");
            } else if (!settings.isOn("hub.messaging.embedded-acceptor.allow-remote") && !LoopbackAddress.is(host)) {
                settings.report(ACCEPTOR_URL, "HUB_EMBEDDED_ACCEPTOR", "listens on " + host + ", which other machines can "
                        + "reach (use 127.0.0.1, or set HUB_EMBEDDED_ACCEPTOR_ALLOW_REMOTE=true on purpose)");
            }
        }
    },
    NOTIFICATIONS("notifications") {
        @Override
        void check(ConnectorSettings settings) {
            if (!settings.isOn("hub.people.notifications.enabled")) {
                return;
            }
            List<String> enabled = new ArrayList<>();
            if (settings.isOn("hub.people.wecom.enabled")) {
                enabled.add("wecom");
            }
            if (settings.isOn("hub.people.dingtalk.enabled")) {
                enabled.add("dingtalk");
            }
            if (settings.isSet(ROBOT_WEBHOOK_URL)) {
                enabled.add("dingtalk-robot");
            }
            String channel = settings.value("hub.people.notifications.channel");
            // with no chat app at all every notice is recorded as skipped, by design; with one, a default channel that
            // is not among them would silently skip the rep's and finance's notices
            if (!enabled.isEmpty() && !enabled.contains(channel)) {
                settings.report("hub.people.notifications.channel", "HUB_NOTIFICATION_CHANNEL",
                        (channel.isEmpty() ? MISSING : "names " + channel + ", which is not enabled")
                                + " (enabled: " + String.join(", ", enabled) + ")");
            }
        }
    };

    private static final String MISSING = ConnectorSettings.MISSING;
    private static final String ROBOT_WEBHOOK_URL = "hub.people.dingtalk.robot-webhook-url";
    private static final String ACCEPTOR_URL = "hub.messaging.embedded-acceptor.url";

    final String name;

    ConnectorRequirements(String name) {
        this.name = name;
    }

    abstract void check(ConnectorSettings settings);

    /** Everything wrong with this connector's settings in {@code environment}; empty when it is off or complete. */
    List<SettingProblem> problems(Environment environment) {
        ConnectorSettings settings = new ConnectorSettings(name, environment);
        check(settings);
        return settings.problems();
    }

    /** With ERP delivery on, an ERP is needed when a company (hub.erp.companies) books into it. */
    private static boolean deliversTo(ConnectorSettings settings, String erp) {
        if (!settings.isOn("hub.erp.delivery-enabled")) {
            return false;
        }
        return settings.map("hub.erp.companies", CompanyErp.class).values().stream()
                .map(CompanyErp::erp).filter(Objects::nonNull)
                .anyMatch(named -> named.strip().toLowerCase(Locale.ROOT).equals(erp));
    }

    /** The sandbox's and the tests' ERP simulators stand in for every ERP's base URL. */
    private static void requireBaseUrl(ConnectorSettings settings, String property, String variable) {
        if (!settings.isOn("hub.erp.simulators.enabled")) {
            settings.require(property, variable);
        }
    }

    /** The one field of a company this check reads. */
    record CompanyErp(String erp) {
    }
}
