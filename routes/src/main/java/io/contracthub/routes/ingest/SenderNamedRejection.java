package io.contracthub.routes.ingest;

import io.contracthub.mappings.SenderFieldNames;
import io.contracthub.mappings.SenderFieldNames.SenderField;
import io.contracthub.routes.spi.InboundRejectedException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A refusal of canonical evidence, retold in the sender's own field names: the validator checks canonical fields,
 * the sender only knows the fields of its event.
 */
final class SenderNamedRejection {

    private SenderNamedRejection() {
    }

    static InboundRejectedException retell(InboundRejectedException rejection, SenderFieldNames names) {
        Map<String, Object> details = new LinkedHashMap<>(rejection.details());
        String message = rejection.getMessage();
        if (details.get("field") instanceof String canonical) {
            Optional<SenderField> sender = names.of(canonical);
            if (sender.isPresent()) {
                details.put("field", sender.get().name());
                if (!sender.get().allowed().isEmpty()) {
                    details.put("allowed", sender.get().allowed());
                    message = sender.get().name() + " must be one of " + String.join(", ", sender.get().allowed());
                } else if (message.startsWith(canonical + " ")) {
                    message = sender.get().name() + message.substring(canonical.length());
                }
            }
        }
        if (details.get("violations") instanceof List<?> violations) {
            details.put("violations", violations.stream().map(violation -> retellViolation(violation, names)).toList());
        }
        return new InboundRejectedException(rejection.code(), message, details);
    }

    private static Object retellViolation(Object violation, SenderFieldNames names) {
        if (!(violation instanceof Map<?, ?> map) || !(map.get("field") instanceof String canonical)) {
            return violation;
        }
        Map<Object, Object> retold = new LinkedHashMap<>(map);
        names.of(canonical).ifPresent(sender -> retold.put("field", sender.name()));
        return retold;
    }
}
