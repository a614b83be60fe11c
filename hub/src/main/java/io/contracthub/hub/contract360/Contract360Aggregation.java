package io.contracthub.hub.contract360;

import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gathers the sources' answers by name, as they come. Sources missing when the multicast's timeout strikes stay
 * missing; {@link Contract360Route} marks them timed out.
 */
final class Contract360Aggregation implements AggregationStrategy {

    static final String ANSWERS = "contract360.answers";

    @Override
    public Exchange aggregate(Exchange gathered, Exchange branch) {
        Exchange result = gathered == null ? branch : gathered;
        @SuppressWarnings("unchecked")
        Map<String, SourceAnswer> answers = result.getProperty(ANSWERS, Map.class);
        if (answers == null) {
            answers = new ConcurrentHashMap<>();
            result.setProperty(ANSWERS, answers);
        }
        SourceAnswer answer = branch.getMessage().getBody(SourceAnswer.class);
        if (answer != null) {
            answers.put(answer.source(), answer);
        }
        return result;
    }

    @Override
    public void timeout(Exchange gathered, int index, int total, long timeout) {
        // nothing to add: whoever has not answered is marked timed out when the 360 is put together
    }
}
