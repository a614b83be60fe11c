package io.contracthub.hub.pipeline;

import io.contracthub.hub.config.HubProperties;
import io.contracthub.model.Transition;
import org.springframework.stereotype.Component;

import java.util.List;

/** Which lifecycle transitions fire which trigger messages: configured in hub-rules.yml. */
@Component
public class TriggerRules {

    private final List<HubProperties.Trigger> triggers;

    public TriggerRules(HubProperties properties) {
        this.triggers = List.copyOf(properties.triggers());
    }

    public List<HubProperties.Trigger> firedBy(Transition transition) {
        if (!transition.changed()) {
            return List.of();
        }
        return triggers.stream().filter(trigger -> trigger.onEnter() == transition.to()).toList();
    }
}
