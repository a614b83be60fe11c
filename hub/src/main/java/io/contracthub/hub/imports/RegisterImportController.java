package io.contracthub.hub.imports;

import io.contracthub.hub.api.ApiException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;

/**
 * {@code POST /api/imports} (multipart field {@code file}: an XLSX or CSV contract register) answers 202 with the
 * import's progress at once; the rows are read in the background. {@code GET /api/imports/{id}} tells the progress,
 * {@code GET /api/imports/{id}/errors} gives the XLSX report of refused rows once the import is finished, and
 * {@code GET /api/imports/template} the template that documents the columns.
 */
@RestController
public class RegisterImportController {

    static final int LATEST = 20;
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final RegisterImportService service;
    private final RegisterImportRepository imports;
    private final RegisterErrorReport errorReport;
    private final RegisterTemplate template;
    private final Clock clock;

    public RegisterImportController(RegisterImportService service, RegisterImportRepository imports,
                                    RegisterErrorReport errorReport, RegisterTemplate template, Clock clock) {
        this.service = service;
        this.imports = imports;
        this.errorReport = errorReport;
        this.template = template;
        this.clock = clock;
    }

    @PostMapping(value = "/api/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<ImportProgress> upload(@RequestPart(name = "file", required = false) MultipartFile file)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "missing_file",
                    "Send the register as the multipart field \"file\" (XLSX or CSV)");
        }
        RegisterImport accepted;
        try (InputStream content = file.getInputStream()) {
            accepted = service.accept(file.getOriginalFilename(), content, "api");
        }
        return ResponseEntity.accepted().header(HttpHeaders.LOCATION, "/api/imports/" + accepted.id())
                .body(ImportProgress.of(accepted, clock.instant()));
    }

    /** The latest imports, newest first. */
    @GetMapping("/api/imports")
    public List<ImportProgress> latest() {
        return imports.latest(LATEST).stream().map(registerImport -> ImportProgress.of(registerImport, clock.instant())).toList();
    }

    @GetMapping("/api/imports/{id}")
    public ImportProgress progress(@PathVariable String id) {
        return ImportProgress.of(find(id), clock.instant());
    }

    @GetMapping("/api/imports/{id}/errors")
    public void errors(@PathVariable String id, HttpServletResponse response) throws IOException {
        RegisterImport registerImport = find(id);
        if (!registerImport.status().finished()) {
            throw new ApiException(HttpStatus.CONFLICT, "import_not_finished",
                    "The error report is ready once the import is finished; see GET /api/imports/" + id);
        }
        xlsx(response, "import-" + id + "-errors.xlsx");
        errorReport.write(id, response.getOutputStream());
    }

    @GetMapping("/api/imports/template")
    public void template(HttpServletResponse response) throws IOException {
        xlsx(response, "contract-register-template.xlsx");
        template.write(response.getOutputStream());
    }

    private RegisterImport find(String id) {
        return imports.find(id).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "import_not_found",
                "No import " + id));
    }

    /** Headers of an XLSX download; the body is then written straight to the response. */
    public static void xlsx(HttpServletResponse response, String fileName) {
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"");
    }
}
