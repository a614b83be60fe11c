package io.contracthub.connectors.soap;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.connectors.sap.SapSoapConnector;
import io.contracthub.connectors.sap.generated.BAPISALESORDERCREATEFROMDAT2;
import io.contracthub.connectors.sap.generated.ObjectFactory;
import org.junit.jupiter.api.Test;

import javax.xml.namespace.QName;
import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A mapping's JSON bound onto the classes generated from the SAP BAPI WSDL: objects, table rows, scalars, typos. */
class JsonToJaxbTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final QName CREATE = new QName(SapSoapConnector.NAMESPACE, "BAPI_SALESORDER_CREATEFROMDAT2");
    private final JsonToJaxb binder = new JsonToJaxb(ObjectFactory.class);

    @Test
    void bindsStructuresTableRowsAndScalarsByTheirBapiNames() throws Exception {
        BAPISALESORDERCREATEFROMDAT2 order = binder.bind(JSON.readTree("""
                {"ORDER_HEADER_IN":{"DOC_TYPE":"OR","SALES_ORG":"1010","DISTR_CHAN":"10","DIVISION":"00","PURCH_NO_C":"HUB1"},
                 "ORDER_ITEMS_IN":[{"ITM_NUMBER":"000010","MATERIAL":"TG11","TARGET_QTY":"2.5"},
                                   {"ITM_NUMBER":"000020","MATERIAL":"SRV_01","TARGET_QTY":"1"}],
                 "ORDER_PARTNERS":[{"PARTN_ROLE":"AG","PARTN_NUMB":"17100001"}]}"""), CREATE, BAPISALESORDERCREATEFROMDAT2.class);

        assertThat(order.getORDERHEADERIN().getPURCHNOC()).isEqualTo("HUB1");
        assertThat(order.getORDERITEMSIN().getItem()).extracting(item -> item.getMATERIAL()).containsExactly("TG11", "SRV_01");
        assertThat(order.getORDERITEMSIN().getItem().get(0).getTARGETQTY()).isEqualByComparingTo(new BigDecimal("2.5"));
        assertThat(order.getORDERPARTNERS().getItem().get(0).getPARTNNUMB()).isEqualTo("17100001");
    }

    @Test
    void refusesAFieldTheContractDoesNotKnow() throws Exception {
        assertThatThrownBy(() -> binder.bind(JSON.readTree("""
                {"ORDER_HEADER_IN":{"DOC_TYPE":"OR","SALES_ORGANISATION":"1010"}}"""), CREATE, BAPISALESORDERCREATEFROMDAT2.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BAPI_SALESORDER_CREATEFROMDAT2");
    }
}
