package io.contracthub.connectors.sap;

import io.contracthub.connectors.http.ConnectorRejectedException;
import io.contracthub.connectors.sap.generated.BAPIRET2;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A BAPI's RETURN messages (BAPIRET2). TYPE E (error) or A (abort) means SAP refused the call and, in a BAPI,
 * wrote nothing: a business rejection with SAP's own messages. S, I and W do not stop the call.
 */
final class SapBapiReturn {

    private SapBapiReturn() {
    }

    static void throwIfRefused(String operation, List<BAPIRET2> messages) {
        List<BAPIRET2> errors = messages.stream().filter(m -> "E".equals(m.getTYPE()) || "A".equals(m.getTYPE())).toList();
        if (errors.isEmpty()) {
            return;
        }
        BAPIRET2 first = errors.get(0);
        String text = errors.stream().map(BAPIRET2::getMESSAGE).distinct().collect(Collectors.joining("; "));
        throw new ConnectorRejectedException(SapConnector.SYSTEM, 200, first.getID() + "/" + first.getNUMBER(),
                operation + ": " + text);
    }
}
