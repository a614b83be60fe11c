package io.contracthub.connectors.u8;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A U8+ OpenAPI account: caller ({@code fromAccount}, {@code appKey}, {@code appSecret}) and the enterprise it writes
 * to ({@code toAccount}, optionally one account set by {@code dsSequence}).
 *
 * @param tokenRefreshMargin how long before the announced expiry a cached token is replaced
 * @param pollInterval       wait between polls of an asynchronous result URL
 * @param maxPolls           polls before the attempt gives up (transient: the retry resubmits with the same biz_id)
 * @param tokenErrorCodes    errcodes meaning "token invalid or expired" (UNCONFIRMED values, see README)
 */
public record U8Settings(String fromAccount, String toAccount, String appKey, String appSecret, String dsSequence,
                         Duration tokenRefreshMargin, Duration pollInterval, int maxPolls, List<String> tokenErrorCodes) {

    public U8Settings {
        Objects.requireNonNull(fromAccount, "fromAccount");
        Objects.requireNonNull(toAccount, "toAccount");
        Objects.requireNonNull(appKey, "appKey");
        Objects.requireNonNull(tokenRefreshMargin, "tokenRefreshMargin");
        Objects.requireNonNull(pollInterval, "pollInterval");
        tokenErrorCodes = tokenErrorCodes == null ? List.of() : List.copyOf(tokenErrorCodes);
        if (maxPolls < 1) {
            throw new IllegalArgumentException("maxPolls must be at least 1");
        }
    }

    @Override
    public String toString() {
        return "U8Settings[fromAccount=" + fromAccount + ", toAccount=" + toAccount + ", appKey=" + appKey + ", appSecret=***]";
    }
}
