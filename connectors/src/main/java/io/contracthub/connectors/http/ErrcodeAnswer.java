package io.contracthub.connectors.http;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Set;

/**
 * Answers that report their outcome inside HTTP 200 as {@code errcode} / {@code errmsg} (WeCom, DingTalk's legacy
 * API and its group robot): 0 is success, a transient code is "try again later", an authentication code means the
 * credentials are wrong, anything else is the vendor's "no".
 */
public final class ErrcodeAnswer {

    private ErrcodeAnswer() {
    }

    public static int errcode(JsonNode answer) {
        return answer.path("errcode").asInt(0);
    }

    /** @throws ConnectorException unless the answer's errcode is 0 */
    public static void check(String system, String call, JsonNode answer, Set<Integer> transientCodes,
                             Set<Integer> authenticationCodes) {
        int errcode = errcode(answer);
        if (errcode == 0) {
            return;
        }
        String code = Integer.toString(errcode);
        String errmsg = answer.path("errmsg").asText(null);
        if (authenticationCodes.contains(errcode)) {
            throw new ConnectorAuthenticationException(system, 200, code, errmsg);
        }
        if (transientCodes.contains(errcode)) {
            throw new ConnectorUnavailableException(system, 200, code, errmsg,
                    call + " answered errcode " + errcode + ": " + errmsg, null);
        }
        throw new ConnectorRejectedException(system, 200, code, errmsg);
    }
}
