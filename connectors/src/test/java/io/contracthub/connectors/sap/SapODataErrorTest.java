package io.contracthub.connectors.sap;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.connectors.http.VendorError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SapODataErrorTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void joinsTheMainMessageAndEveryErrorDetailWithoutRepeatsOrWarnings() throws Exception {
        VendorError error = SapODataError.read(json.readTree("""
                {"error":{"code":"V1/302","message":{"lang":"en","value":"Customer 17100009 has not been created"},
                  "innererror":{"transactionid":"C83C","errordetails":[
                    {"code":"V1/302","message":"Customer 17100009 has not been created","severity":"error"},
                    {"code":"V4/219","message":"Sales document was not changed","severity":"error"},
                    {"code":"V1/555","message":"Pricing date is in the past","severity":"warning"}]}}}"""));

        assertThat(error.code()).isEqualTo("V1/302");
        assertThat(error.message()).isEqualTo("Customer 17100009 has not been created; Sales document was not changed");
    }

    @Test
    void aBodyWithoutAnErrorObjectHasNoCodeAndNoMessage() throws Exception {
        assertThat(SapODataError.read(json.readTree("{\"d\":{}}"))).isEqualTo(new VendorError(null, null));
    }
}
