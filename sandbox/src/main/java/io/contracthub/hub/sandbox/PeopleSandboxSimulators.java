package io.contracthub.hub.sandbox;

import io.contracthub.hub.people.PeopleProperties;
import io.contracthub.simulators.dingtalk.DingtalkSimulator;
import io.contracthub.simulators.dingtalk.DingtalkSimulatorSettings;
import io.contracthub.simulators.his.HisSimulator;
import io.contracthub.simulators.his.HisSimulatorSettings;
import io.contracthub.simulators.http.FormEncoding;
import io.contracthub.simulators.wecom.WecomSimulator;
import io.contracthub.simulators.wecom.WecomSimulatorSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.net.URI;
import java.time.Duration;

/**
 * The sandbox's WeCom, DingTalk and HIS simulators, in-process and pointed at this hub: WeCom users can answer the
 * hub from {@code POST :8094/wecom/users/{user}/reply}, every message the hub sends is in {@code GET :8094/wecom/journal}
 * (DingTalk: 8096, {@code /dingtalk/...}, the group robot's messages with channel dingtalk-robot), and the HIS
 * ({@code :8095}) takes 4.2 s unless told otherwise ({@code POST :8095/his/control}).
 */
@Configuration
@ConditionalOnProperty(name = "hub.simulators.enabled", havingValue = "true")
public class PeopleSandboxSimulators {

    @Bean(initMethod = "start", destroyMethod = "stop")
    @ConditionalOnProperty(name = "hub.people.wecom.enabled", havingValue = "true")
    WecomSimulator wecomSimulator(PeopleProperties properties, @Value("${server.port}") int hubPort,
                                  @Value("${hub.people.simulators.wecom-port}") int port) {
        PeopleProperties.Wecom wecom = properties.wecom();
        return new WecomSimulator(WecomSimulatorSettings.of(port, wecom.corpId(), wecom.corpSecret(), wecom.agentId(),
                wecom.token(), wecom.encodingAesKey(), "http://127.0.0.1:" + hubPort + "/webhooks/wecom"));
    }

    @Bean(initMethod = "start", destroyMethod = "stop")
    @ConditionalOnProperty(name = "hub.people.dingtalk.enabled", havingValue = "true")
    DingtalkSimulator dingtalkSimulator(PeopleProperties properties, @Value("${server.port}") int hubPort,
                                        @Value("${hub.people.simulators.dingtalk-port}") int port) {
        PeopleProperties.Dingtalk dingtalk = properties.dingtalk();
        return new DingtalkSimulator(new DingtalkSimulatorSettings(port, dingtalk.appKey(), dingtalk.appSecret(),
                dingtalk.agentId(), dingtalk.token(), dingtalk.aesKey(), robotAccessToken(dingtalk.robotWebhookUrl()),
                dingtalk.robotSecret() == null || dingtalk.robotSecret().isBlank() ? "SECrobot_sandbox_secret" : dingtalk.robotSecret(),
                "http://127.0.0.1:" + hubPort + "/webhooks/dingtalk", Duration.ofSeconds(7200)));
    }

    /** The simulated robot answers to the access token of the robot webhook the hub is configured with. */
    private static String robotAccessToken(String webhookUrl) {
        String query = webhookUrl == null ? null : URI.create(webhookUrl).getRawQuery();
        return FormEncoding.decode(query).getOrDefault("access_token", "robot-sandbox-token");
    }

    @Bean(initMethod = "start", destroyMethod = "stop")
    HisSimulator hisSimulator(@Value("${hub.people.simulators.his-port}") int port,
                              @Value("${hub.people.simulators.his-latency}") Duration latency) {
        return new HisSimulator(new HisSimulatorSettings(port, latency));
    }
}
