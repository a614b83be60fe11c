package io.contracthub.hub.people.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.connectors.credentials.CredentialExpiries;
import io.contracthub.connectors.dingtalk.DingtalkApiSettings;
import io.contracthub.connectors.dingtalk.DingtalkClient;
import io.contracthub.connectors.dingtalk.DingtalkRobot;
import io.contracthub.connectors.http.HttpEndpoint;
import io.contracthub.connectors.resilience.ConnectorResilience;
import io.contracthub.connectors.resilience.ResilienceRegistries;
import io.contracthub.connectors.wecom.WecomApiSettings;
import io.contracthub.connectors.wecom.WecomClient;
import io.contracthub.connectors.wecom.WecomMessage;
import io.contracthub.hub.people.PeopleProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.net.URI;
import java.time.Clock;

/**
 * The WeCom, DingTalk work-notification and DingTalk group-robot channels, each with its own endpoint timeouts and its
 * own named resilience (wecom, dingtalk, dingtalk-robot).
 */
@Configuration
public class ChatChannelConfig {

    @Bean
    @ConditionalOnProperty(name = "hub.people.wecom.enabled", havingValue = "true")
    ChatChannel wecomChannel(PeopleProperties properties, ObjectMapper objectMapper, Clock clock,
                             ResilienceRegistries registries, CredentialExpiries credentials) {
        PeopleProperties.Wecom wecom = properties.wecom();
        WecomClient client = new WecomClient(
                new HttpEndpoint(WecomClient.SYSTEM, URI.create(wecom.baseUrl()), wecom.connectTimeout(), wecom.requestTimeout()),
                new WecomApiSettings(wecom.corpId(), wecom.corpSecret(), wecom.agentId(), wecom.tokenRefreshMargin()),
                objectMapper, clock, new ConnectorResilience(WecomClient.SYSTEM, wecom.resilience().toSettings(), registries));
        credentials.registerExpiry(WecomClient.SYSTEM, client::tokenExpiresAt);
        return new ChatChannel() {
            @Override
            public String name() {
                return WecomClient.SYSTEM;
            }

            @Override
            public String send(java.util.List<String> userIds, String title, String markdown) {
                return client.send(WecomMessage.markdown(userIds, markdown));
            }

            @Override
            public String sendCard(java.util.List<String> userIds, String title, String markdown, ChoiceCard card) {
                return client.send(WecomMessage.buttonCard(userIds, title, CardText.summary(markdown), card.taskId(),
                        card.buttons().stream().map(b -> new WecomMessage.Button(b.key(), b.text())).toList()));
            }
        };
    }

    @Bean
    @ConditionalOnProperty(name = "hub.people.dingtalk.enabled", havingValue = "true")
    ChatChannel dingtalkChannel(PeopleProperties properties, ObjectMapper objectMapper, Clock clock,
                                ResilienceRegistries registries, CredentialExpiries credentials,
                                @Value("${hub.people.dingtalk.choice-card-template-id:contract-hub-choice}") String cardTemplateId) {
        PeopleProperties.Dingtalk dingtalk = properties.dingtalk();
        DingtalkClient client = new DingtalkClient(
                new HttpEndpoint(DingtalkClient.SYSTEM, URI.create(dingtalk.apiBaseUrl()), dingtalk.connectTimeout(),
                        dingtalk.requestTimeout()),
                new HttpEndpoint(DingtalkClient.SYSTEM, URI.create(dingtalk.oapiBaseUrl()), dingtalk.connectTimeout(),
                        dingtalk.requestTimeout()),
                new DingtalkApiSettings(dingtalk.appKey(), dingtalk.appSecret(), dingtalk.agentId(),
                        DingtalkApiSettings.TokenApi.valueOf(dingtalk.tokenApi()), dingtalk.tokenRefreshMargin()),
                objectMapper, clock, new ConnectorResilience(DingtalkClient.SYSTEM, dingtalk.resilience().toSettings(), registries));
        credentials.registerExpiry(DingtalkClient.SYSTEM, client::tokenExpiresAt);
        return new ChatChannel() {
            @Override
            public String name() {
                return DingtalkClient.SYSTEM;
            }

            @Override
            public String send(java.util.List<String> userIds, String title, String markdown) {
                return client.sendWorkNotification(userIds, title, markdown);
            }

            @Override
            public String sendCard(java.util.List<String> userIds, String title, String markdown, ChoiceCard card) {
                return client.sendInteractiveCard(userIds, cardTemplateId, card.taskId(), title, markdown,
                        card.buttons().stream().map(b -> new DingtalkClient.CardButton(b.key(), b.text())).toList());
            }
        };
    }

    @Bean
    @ConditionalOnExpression("!'${hub.people.dingtalk.robot-webhook-url:}'.isBlank()")
    ChatChannel dingtalkRobotChannel(PeopleProperties properties, ObjectMapper objectMapper, Clock clock,
                                     ResilienceRegistries registries) {
        PeopleProperties.Dingtalk dingtalk = properties.dingtalk();
        return new DingtalkRobotChannel(new DingtalkRobot(
                new HttpEndpoint(DingtalkRobot.SYSTEM, URI.create(dingtalk.robotWebhookUrl()), dingtalk.connectTimeout(),
                        dingtalk.requestTimeout()),
                dingtalk.robotSecret(), objectMapper, clock,
                new ConnectorResilience(DingtalkRobot.SYSTEM, dingtalk.robotResilience().toSettings(), registries)));
    }
}
