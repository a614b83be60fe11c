package io.contracthub.hub.people.qualification;

import io.contracthub.hub.persistence.ContractRepository;
import io.contracthub.hub.pipeline.ContractNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/contracts/{id}/qualification}: a medical customer's qualification from the field. Fast checks
 * answer at once (400 naming the field); the HIS check runs later, so the answer is 202 with the facet PENDING.
 */
@RestController
public class QualificationController {

    private final QualificationFormatCheck formatCheck;
    private final QualificationCheckService service;
    private final QualificationCheckRepository checks;
    private final ContractRepository contracts;

    public QualificationController(QualificationFormatCheck formatCheck, QualificationCheckService service,
                                   QualificationCheckRepository checks, ContractRepository contracts) {
        this.formatCheck = formatCheck;
        this.service = service;
        this.checks = checks;
        this.contracts = contracts;
    }

    @PostMapping("/api/contracts/{id}/qualification")
    public ResponseEntity<Map<String, Object>> submit(@PathVariable String id, @RequestBody QualificationSubmission submission) {
        formatCheck.check(submission);
        QualificationCheckService.Accepted accepted = service.submit(id, submission);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("checkId", accepted.checkId());
        body.put("status", "PENDING");
        body.put("contract", accepted.contract());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(body);
    }

    @GetMapping("/api/contracts/{id}/qualification/checks")
    public List<Map<String, Object>> checks(@PathVariable String id) {
        contracts.find(id).orElseThrow(() -> new ContractNotFoundException(id));
        return checks.forContract(id);
    }
}
