package io.contracthub.hub.people;

import io.contracthub.connectors.dingtalk.DingtalkCallbackCrypto;
import io.contracthub.connectors.dingtalk.DingtalkCallbackSettings;
import io.contracthub.connectors.wecom.WecomCallbackCrypto;
import io.contracthub.connectors.wecom.WecomCallbackSettings;
import io.contracthub.routes.spi.SourceSystem;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The WeCom and DingTalk callbacks: their crypto and their instance of the one ingest flow, when the app is enabled. */
@Configuration
@EnableConfigurationProperties(PeopleProperties.class)
public class ChatCallbackConfig {

    public static final String WECOM = "wecom";
    public static final String DINGTALK = "dingtalk";

    @Bean
    DecryptedCallbackSeal decryptedCallbackSeal() {
        return new DecryptedCallbackSeal();
    }

    @Bean
    @ConditionalOnProperty(name = "hub.people.wecom.enabled", havingValue = "true")
    WecomCallbackCrypto wecomCallbackCrypto(PeopleProperties properties, Clock clock) {
        PeopleProperties.Wecom wecom = properties.wecom();
        return new WecomCallbackCrypto(new WecomCallbackSettings(wecom.token(), wecom.encodingAesKey(), wecom.corpId()), clock);
    }

    @Bean
    @ConditionalOnProperty(name = "hub.people.wecom.enabled", havingValue = "true")
    SourceSystem wecomSourceSystem(DecryptedCallbackSeal seal) {
        return new SourceSystem(WECOM, (headers, plaintext) -> seal.verify(headers.get(DecryptedCallbackSeal.HEADER), plaintext),
                "mappings/wecom/message.jslt");
    }

    @Bean
    @ConditionalOnProperty(name = "hub.people.dingtalk.enabled", havingValue = "true")
    DingtalkCallbackCrypto dingtalkCallbackCrypto(PeopleProperties properties, Clock clock) {
        PeopleProperties.Dingtalk dingtalk = properties.dingtalk();
        return new DingtalkCallbackCrypto(new DingtalkCallbackSettings(dingtalk.token(), dingtalk.aesKey(),
                dingtalk.ownerKey()), clock);
    }

    @Bean
    @ConditionalOnProperty(name = "hub.people.dingtalk.enabled", havingValue = "true")
    SourceSystem dingtalkSourceSystem(DecryptedCallbackSeal seal) {
        return new SourceSystem(DINGTALK, (headers, plaintext) -> seal.verify(headers.get(DecryptedCallbackSeal.HEADER), plaintext),
                "mappings/dingtalk/event.jslt");
    }
}
