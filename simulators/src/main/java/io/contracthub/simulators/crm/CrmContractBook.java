package io.contracthub.simulators.crm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contracthub.simulators.state.KeptState;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The CRM's contracts by number. A number seen for the first time starts from the demo contract;
 * changes sent with a stage update stick to the contract, as they would in a real CRM.
 */
@KeptState
final class CrmContractBook {

    private static final Pattern CONTRACT_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Set<String> CUSTOMER_FIELDS = Set.of("name", "creditCode", "region", "segment");
    private static final Set<String> CONTRACT_FIELDS =
            Set.of("date", "currency", "customer", "salesRep", "lines", "terms", "invoice", "bankAccount", "document", "quote");

    private final Map<String, ObjectNode> contracts = new ConcurrentHashMap<>();
    private final Map<String, String> stages = new ConcurrentHashMap<>();
    private final Clock clock;

    CrmContractBook(Clock clock) {
        this.clock = clock;
    }

    /**
     * Applies {@code changes} to the contract and returns a copy of its new state. A change is either a whole
     * contract block ({@code lines}, {@code terms}, {@code customer}, ...) or a customer field given at the top
     * level as a shortcut ({@code segment}, {@code region}, {@code creditCode}, {@code name}).
     *
     * @throws IllegalArgumentException for an invalid contract number or an unknown field
     */
    ObjectNode update(String number, ObjectNode changes) {
        requireValidNumber(number);
        rejectUnknownFields(changes);
        return contracts.compute(number, (key, current) -> {
            ObjectNode contract = current != null ? current : CrmDemoContract.create(number, LocalDate.now(clock));
            applyChanges(contract, changes);
            return contract;
        }).deepCopy();
    }

    /** Records the sales stage the contract has now (the CRM moves it before announcing the change). */
    void moveTo(String number, String stage) {
        requireValidNumber(number);
        stages.put(number, stage);
    }

    /** The contract's current sales stage, or empty when the CRM never had this number. */
    java.util.Optional<String> stageOf(String number) {
        return java.util.Optional.ofNullable(stages.get(number));
    }

    private static void requireValidNumber(String number) {
        if (number == null || !CONTRACT_NUMBER.matcher(number).matches()) {
            throw new IllegalArgumentException("Not a valid contract number: " + number);
        }
    }

    private static void rejectUnknownFields(ObjectNode changes) {
        for (Iterator<String> names = changes.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!CONTRACT_FIELDS.contains(name) && !CUSTOMER_FIELDS.contains(name)) {
                throw new IllegalArgumentException("Unknown contract field: " + name + "; known fields are "
                        + CONTRACT_FIELDS + " and the customer shortcuts " + CUSTOMER_FIELDS);
            }
        }
    }

    private static void applyChanges(ObjectNode contract, ObjectNode changes) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = changes.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (CONTRACT_FIELDS.contains(field.getKey())) {
                contract.set(field.getKey(), field.getValue().deepCopy());
            } else {
                customerOf(contract).set(field.getKey(), field.getValue().deepCopy());
            }
        }
    }

    private static ObjectNode customerOf(ObjectNode contract) {
        JsonNode customer = contract.get("customer");
        return customer instanceof ObjectNode object ? object : contract.putObject("customer");
    }
}
