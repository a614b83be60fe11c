package io.contracthub.connectors.kingdee;

import java.util.Objects;

/**
 * A Kingdee Cloud Galaxy account set and how the hub logs in and files documents in it.
 *
 * @param loginMethod      LOGIN_BY_SIGN (Kingdee's recommendation), LOGIN_BY_APP_SECRET or VALIDATE_USER
 * @param password         only for VALIDATE_USER
 * @param invoiceFormId    IV_SALESIC (VAT special invoice), IV_SALESOC or AR_receivable: what an invoicing task creates
 * @param submitAndAudit   whether a saved document is also submitted and audited
 * @param sessionLostText  the text of Kingdee's session-lost error (会话信息已丢失), on which the hub logs in again
 */
public record KingdeeSettings(String acctId, String username, String appId, String appSecret, String password,
                              LoginMethod loginMethod, int lcid, String invoiceFormId, boolean submitAndAudit,
                              String sessionLostText) {

    public enum LoginMethod { LOGIN_BY_SIGN, LOGIN_BY_APP_SECRET, VALIDATE_USER }

    public KingdeeSettings {
        Objects.requireNonNull(acctId, "acctId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(loginMethod, "loginMethod");
        Objects.requireNonNull(invoiceFormId, "invoiceFormId");
        Objects.requireNonNull(sessionLostText, "sessionLostText");
    }

    @Override
    public String toString() {
        return "KingdeeSettings[acctId=" + acctId + ", username=" + username + ", appId=" + appId + ", appSecret=***, "
                + "loginMethod=" + loginMethod + ", invoiceFormId=" + invoiceFormId + "]";
    }
}
