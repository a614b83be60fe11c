package io.contracthub.hub.imports;

import io.contracthub.hub.api.ApiException;
import org.springframework.http.HttpStatus;

import java.util.Map;

/** An uploaded register the hub cannot read at all: not a spreadsheet, no data, wrong headers. */
public class RegisterFileException extends ApiException {

    public RegisterFileException(HttpStatus status, String code, String message, Map<String, Object> details) {
        super(status, code, message, details);
    }

    static RegisterFileException notASpreadsheet() {
        return new RegisterFileException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "not_a_register",
                "The file is not an XLSX workbook or a CSV text file; save the register as .xlsx or .csv (UTF-8 or GBK)",
                Map.of("accepted", java.util.List.of("xlsx", "csv")));
    }

    static RegisterFileException empty() {
        return new RegisterFileException(HttpStatus.BAD_REQUEST, "empty_register",
                "The register has no header row or no data row", Map.of());
    }
}
