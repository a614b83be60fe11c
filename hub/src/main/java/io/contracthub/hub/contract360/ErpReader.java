package io.contracthub.hub.contract360;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contracthub.hub.erp.ErpCompanyRouter;
import io.contracthub.routes.erp.ErpRoutingException;
import io.contracthub.routes.erp.ErpTarget;
import org.springframework.stereotype.Component;

import java.util.List;

/** The company's ERP, routed exactly like delivery (ErpCompanyRouter), read by that ERP's {@link ErpSystemReader}. */
@Component
public class ErpReader implements ContractSourceReader {

    public static final String SOURCE = "erp";

    private final ErpCompanyRouter router;
    private final List<ErpSystemReader> systems;
    private final ObjectMapper objectMapper;

    public ErpReader(ErpCompanyRouter router, List<ErpSystemReader> systems, ObjectMapper objectMapper) {
        this.router = router;
        this.systems = List.copyOf(systems);
        this.objectMapper = objectMapper;
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public ErpView read(Contract360Subject subject) {
        ErpTarget target = target(subject);
        ErpSystemReader reader = systems.stream().filter(system -> system.system().equals(target.system())).findFirst()
                .orElseThrow(() -> new SourceNotConfiguredException("company " + target.companyCode() + " uses "
                        + target.system() + ", which the contract 360 cannot read yet"));
        return reader.read(subject, target.companyCode());
    }

    private ErpTarget target(Contract360Subject subject) {
        ObjectNode message = objectMapper.createObjectNode();
        ObjectNode customer = message.putObject("contract").putObject("customer");
        customer.put("region", subject.customerRegion() == null ? "" : subject.customerRegion());
        customer.put("segment", subject.customerSegment() == null ? "" : subject.customerSegment());
        try {
            return router.targetFor(message);
        } catch (ErpRoutingException e) {
            throw new SourceNotConfiguredException(e.getMessage());
        }
    }
}
