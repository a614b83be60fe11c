package io.contracthub.hub.console.connectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The connectors page: read only, so a VIEWER sees it. */
@Controller
public class ConnectorsPageController {

    private final ConnectorsPageAssembler assembler;

    public ConnectorsPageController(ConnectorsPageAssembler assembler) {
        this.assembler = assembler;
    }

    @GetMapping("/connectors")
    String connectors(Model model) {
        model.addAttribute("view", assembler.page());
        return "connectors";
    }
}
