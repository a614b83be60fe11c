package io.contracthub.hub.people;

import io.contracthub.hub.config.HubProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * People and hospitals (config/notifications.yml): the WeCom and DingTalk apps (callbacks and messages), who is
 * told what, and the HIS qualification check. A chat app that is not enabled has no webhook and sends nothing.
 */
@ConfigurationProperties("hub.people")
public record PeopleProperties(Wecom wecom, Dingtalk dingtalk, Notifications notifications, His his) {

    /** One WeCom (企业微信) self-built app. */
    public record Wecom(boolean enabled, String corpId, String token, String encodingAesKey, String baseUrl,
                        String corpSecret, long agentId, Duration connectTimeout, Duration requestTimeout,
                        Duration tokenRefreshMargin, HubProperties.Resilience resilience) {

        @Override
        public String toString() {
            return "Wecom[enabled=" + enabled + ", corpId=" + corpId + ", baseUrl=" + baseUrl + ", agentId=" + agentId
                    + ", token=***, encodingAesKey=***, corpSecret=***]";
        }
    }

    /**
     * One DingTalk internal app. {@code tokenApi}: NEW ({@code api.dingtalk.com/v1.0/oauth2/accessToken}) or LEGACY
     * ({@code oapi.dingtalk.com/gettoken}); work notifications go through oapi either way. The custom group robot
     * (channel dingtalk-robot) is on when {@code robotWebhookUrl} is set, with its own {@code robotResilience}.
     */
    public record Dingtalk(boolean enabled, String token, String aesKey, String ownerKey, String apiBaseUrl,
                           String oapiBaseUrl, String appKey, String appSecret, long agentId, String tokenApi,
                           String robotWebhookUrl, String robotSecret, Duration connectTimeout, Duration requestTimeout,
                           Duration tokenRefreshMargin, HubProperties.Resilience resilience,
                           HubProperties.Resilience robotResilience) {

        @Override
        public String toString() {
            return "Dingtalk[enabled=" + enabled + ", ownerKey=" + ownerKey + ", apiBaseUrl=" + apiBaseUrl
                    + ", oapiBaseUrl=" + oapiBaseUrl + ", appKey=" + appKey + ", agentId=" + agentId
                    + ", tokenApi=" + tokenApi + ", token=***, aesKey=***, appSecret=***, robotSecret=***]";
        }
    }

    /**
     * Who is told what. {@code channel}: wecom, dingtalk or dingtalk-robot, for every audience that
     * {@code audienceChannels} does not send elsewhere (an audience whose own channel is not enabled on this hub gets
     * the default). {@code rules}: event -> audience (rep, finance, manager); the rep is the contract's sales rep (its
     * CRM id is the chat user id unless {@code repUserIds} maps it).
     */
    public record Notifications(boolean enabled, String channel, Map<String, String> audienceChannels,
                                Map<String, String> rules, Map<String, List<String>> audiences,
                                Map<String, String> repUserIds, Duration pollInterval, Duration lookback, int batchSize,
                                int maxAttempts, Duration initialBackoff, Duration maxBackoff,
                                TechnicalAgreementDeadline technicalAgreementDeadline) {
    }

    /**
     * When to remind about a technical agreement's due date: {@code leadTime} (whole days) before it, in
     * {@code zone}'s calendar, looking at open contracts every {@code scanInterval}.
     */
    public record TechnicalAgreementDeadline(Duration leadTime, String zone, Duration scanInterval) {
    }

    /**
     * The HIS (or licence registry) SOAP service and how its deep check is retried while it is down; after
     * {@code unreachableAfter} failed attempts in a row the rep is told that the HIS is unreachable, after
     * {@code maxAttempts} the check is given up and dead-lettered.
     */
    public record His(boolean enabled, String endpointUrl, Duration connectTimeout, Duration pollInterval,
                      int batchSize, Duration initialBackoff, Duration maxBackoff, int unreachableAfter,
                      @DefaultValue("60") int maxAttempts, HubProperties.Resilience resilience) {
    }
}
