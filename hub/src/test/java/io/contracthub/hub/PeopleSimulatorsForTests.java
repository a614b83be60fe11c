package io.contracthub.hub;

import io.contracthub.simulators.dingtalk.DingtalkSimulator;
import io.contracthub.simulators.dingtalk.DingtalkSimulatorSettings;
import io.contracthub.simulators.his.HisSimulator;
import io.contracthub.simulators.his.HisSimulatorSettings;
import io.contracthub.simulators.wecom.WecomSimulator;
import io.contracthub.simulators.wecom.WecomSimulatorSettings;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;

/**
 * Starts one WeCom, DingTalk (app and group robot) and HIS simulator for the test JVM on free ports while the shared test context is built
 * (before any bean reads its settings: a bean factory post-processor, found by component scanning of the test
 * classes) and points the hub at them. The HIS answers in 100 ms here; the test that proves the form does not wait
 * for it sets the real 4.2 s itself.
 */
@Component
@Profile("test")
public class PeopleSimulatorsForTests implements BeanFactoryPostProcessor, EnvironmentAware {

    static final Duration TEST_HIS_LATENCY = Duration.ofMillis(100);
    private static final String ROBOT_ACCESS_TOKEN = "robot-test-token";
    // every test's dead letters reach the manager's robot; at DingTalk's 20 a minute they would crowd each other out
    // (the limit itself is the simulator's own test, DingtalkGroupRobotSimulatorTest)
    static final int ROBOT_MESSAGES_PER_MINUTE = 10_000;
    private static WecomSimulator wecom;
    private static DingtalkSimulator dingtalk;
    private static HisSimulator his;

    private ConfigurableEnvironment env;

    @Override
    public void setEnvironment(Environment environment) {
        this.env = (ConfigurableEnvironment) environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        start(env);
        env.getPropertySources().addFirst(new MapPropertySource("peopleSimulatorsForTests", Map.of(
                "hub.people.wecom.base-url", "http://127.0.0.1:" + wecom.port(),
                "hub.people.dingtalk.api-base-url", "http://127.0.0.1:" + dingtalk.port(),
                "hub.people.dingtalk.oapi-base-url", "http://127.0.0.1:" + dingtalk.port(),
                "hub.people.dingtalk.robot-webhook-url", "http://127.0.0.1:" + dingtalk.port() + "/robot/send?access_token="
                        + ROBOT_ACCESS_TOKEN,
                "hub.people.his.endpoint-url", his.endpointUrl())));
    }

    static synchronized WecomSimulator wecom() {
        return require(wecom);
    }

    static synchronized DingtalkSimulator dingtalk() {
        return require(dingtalk);
    }

    static synchronized HisSimulator his() {
        return require(his);
    }

    private static synchronized void start(ConfigurableEnvironment env) {
        if (wecom != null) {
            return;
        }
        wecom = new WecomSimulator(WecomSimulatorSettings.of(0, env.getRequiredProperty("hub.people.wecom.corp-id"),
                env.getRequiredProperty("hub.people.wecom.corp-secret"),
                env.getRequiredProperty("hub.people.wecom.agent-id", Long.class),
                env.getRequiredProperty("hub.people.wecom.token"), env.getRequiredProperty("hub.people.wecom.encoding-aes-key"),
                "http://127.0.0.1:0/webhooks/wecom"));
        wecom.start();
        dingtalk = new DingtalkSimulator(new DingtalkSimulatorSettings(0, env.getRequiredProperty("hub.people.dingtalk.app-key"),
                env.getRequiredProperty("hub.people.dingtalk.app-secret"),
                env.getRequiredProperty("hub.people.dingtalk.agent-id", Long.class),
                env.getRequiredProperty("hub.people.dingtalk.token"), env.getRequiredProperty("hub.people.dingtalk.aes-key"),
                ROBOT_ACCESS_TOKEN, env.getRequiredProperty("hub.people.dingtalk.robot-secret"),
                "http://127.0.0.1:0/webhooks/dingtalk", Duration.ofSeconds(7200), ROBOT_MESSAGES_PER_MINUTE));
        dingtalk.start();
        his = new HisSimulator(new HisSimulatorSettings(0, TEST_HIS_LATENCY));
        his.start();
    }

    private static <T> T require(T simulator) {
        if (simulator == null) {
            throw new IllegalStateException("The people simulators start with the test context");
        }
        return simulator;
    }
}
