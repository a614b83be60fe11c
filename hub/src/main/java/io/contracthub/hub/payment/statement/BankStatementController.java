package io.contracthub.hub.payment.statement;

import io.contracthub.hub.api.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /api/bank-statements} (multipart: {@code file}, {@code bank}, optional {@code actor}) and
 * {@code POST /api/bank-statements/lines/{id}/assign}: a person's decision on a line the matcher left open.
 */
@RestController
public class BankStatementController {

    private final BankStatementService statements;

    public BankStatementController(BankStatementService statements) {
        this.statements = statements;
    }

    public record AssignRequest(String contractId, String invoice, String actor, String note) {
    }

    @PostMapping(path = "/api/bank-statements", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public BankStatementService.UploadResult upload(@RequestParam(required = false) MultipartFile file,
                                                    @RequestParam(required = false) String bank,
                                                    @RequestParam(required = false) String actor) {
        if (file == null || file.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "missing_field", "Required field is missing: file (the statement)",
                    Map.of("field", "file"));
        }
        if (bank == null || bank.isBlank()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "missing_field", "Required field is missing: bank",
                    Map.of("field", "bank"));
        }
        return upload(bank.strip(), file, actor == null || actor.isBlank() ? "api" : actor.strip());
    }

    /** Shared with the console's upload form. */
    public BankStatementService.UploadResult upload(String bank, MultipartFile file, String actor) {
        try {
            String name = file.getOriginalFilename() == null ? "statement" : file.getOriginalFilename();
            return statements.upload(bank, name.length() > 255 ? name.substring(0, 255) : name, file.getBytes(), actor);
        } catch (BadStatementException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, e.code(), e.getMessage(), e.details());
        } catch (IOException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "unreadable_file", "The uploaded file could not be read");
        }
    }

    @PostMapping("/api/bank-statements/lines/{id}/assign")
    public BankStatementService.LineResult assign(@PathVariable long id, @RequestBody AssignRequest request) {
        Map<String, Object> missing = new LinkedHashMap<>();
        if (request.contractId() == null || request.contractId().isBlank()) {
            missing.put("contractId", "required");
        }
        if (request.invoice() == null || request.invoice().isBlank()) {
            missing.put("invoice", "required");
        }
        if (request.actor() == null || request.actor().isBlank()) {
            missing.put("actor", "required: who decides");
        }
        if (!missing.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "missing_field", "Required fields are missing",
                    Map.of("fields", missing));
        }
        try {
            return statements.assign(id, request.contractId(), request.invoice(), request.actor().strip(), request.note());
        } catch (StatementDecisionException e) {
            throw new ApiException(HttpStatus.valueOf(e.status()), e.code(), e.getMessage());
        }
    }
}
