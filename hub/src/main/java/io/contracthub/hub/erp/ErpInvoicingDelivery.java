package io.contracthub.hub.erp;

import io.contracthub.routes.erp.ErpDeliveryRoutes;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Whether this hub itself creates finance's invoicing tasks in the ERPs right now: its consumer of
 * finance.invoicing-tasks runs (hub.erp.delivery-enabled, or started by an operator). The Camel context is looked up
 * per call because the routes that ask are part of it.
 */
@Component
public class ErpInvoicingDelivery {

    private final ObjectProvider<CamelContext> camel;

    public ErpInvoicingDelivery(ObjectProvider<CamelContext> camel) {
        this.camel = camel;
    }

    public boolean isRunning() {
        CamelContext context = camel.getIfAvailable();
        if (context == null) {
            return false;
        }
        ServiceStatus status = context.getRouteController()
                .getRouteStatus(ErpDeliveryRoutes.consumerRouteId(ErpDeliveryRoutes.INVOICING_QUEUE));
        return status != null && status.isStarted();
    }
}
