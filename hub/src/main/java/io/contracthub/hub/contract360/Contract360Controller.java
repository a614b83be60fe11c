package io.contracthub.hub.contract360;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/contracts/{id}/360}: the contract as every system that knows it sees it now (API key, like all /api). */
@RestController
@RequestMapping("/api/contracts")
public class Contract360Controller {

    private final Contract360Service service;

    public Contract360Controller(Contract360Service service) {
        this.service = service;
    }

    @GetMapping(value = "/{id}/360", produces = MediaType.APPLICATION_JSON_VALUE)
    public Contract360 contract360(@PathVariable String id) {
        return service.of(id);
    }
}
