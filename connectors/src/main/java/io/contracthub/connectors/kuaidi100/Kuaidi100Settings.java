package io.contracthub.connectors.kuaidi100;

import java.util.Objects;

/**
 * The account of Kuaidi100's real-time query (实时快递查询): {@code customer} (查询公司编号) and the authorisation
 * {@code key} (授权key) both come from the Kuaidi100 enterprise console.
 */
public record Kuaidi100Settings(String customer, String key) {

    public Kuaidi100Settings {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(key, "key");
    }

    @Override
    public String toString() {
        return "Kuaidi100Settings[customer=" + customer + ", key=***]";
    }
}
