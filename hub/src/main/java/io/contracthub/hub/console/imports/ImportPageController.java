package io.contracthub.hub.console.imports;

import io.contracthub.hub.api.ApiException;
import io.contracthub.hub.console.ConsoleNotFoundAdvice;
import io.contracthub.hub.imports.ImportProgress;
import io.contracthub.hub.imports.RegisterErrorReport;
import io.contracthub.hub.imports.RegisterImport;
import io.contracthub.hub.imports.RegisterImportController;
import io.contracthub.hub.imports.RegisterImportRepository;
import io.contracthub.hub.imports.RegisterImportService;
import io.contracthub.hub.imports.RegisterTemplate;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;

/**
 * The "import the contract register" pages: the upload form with the template, the latest imports, and one import's
 * progress bar (the page reloads itself every two seconds until the import is finished) with its error report.
 * Uploading is for OPERATOR (the security chain checks the role).
 */
@Controller
public class ImportPageController {

    static final int SHOWN = 20;

    private final RegisterImportService service;
    private final RegisterImportRepository imports;
    private final RegisterErrorReport errorReport;
    private final RegisterTemplate template;
    private final Clock clock;

    public ImportPageController(RegisterImportService service, RegisterImportRepository imports,
                                RegisterErrorReport errorReport, RegisterTemplate template, Clock clock) {
        this.service = service;
        this.imports = imports;
        this.errorReport = errorReport;
        this.template = template;
        this.clock = clock;
    }

    @GetMapping("/imports")
    String list(Model model) {
        model.addAttribute("imports", imports.latest(SHOWN).stream()
                .map(registerImport -> ImportPageLine.of(ImportProgress.of(registerImport, clock.instant()))).toList());
        return "imports";
    }

    @PostMapping("/imports")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Authentication user,
                  RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("uploadError", "missing_file");
            return "redirect:/imports";
        }
        try (InputStream content = file.getInputStream()) {
            RegisterImport accepted = service.accept(file.getOriginalFilename(), content, user.getName());
            return "redirect:/imports/" + accepted.id();
        } catch (ApiException refused) {
            redirect.addFlashAttribute("uploadError", refused.body().code());
            redirect.addFlashAttribute("uploadDetail", refused.body().details().get("missing"));
            return "redirect:/imports";
        }
    }

    @GetMapping("/imports/{id}")
    String progress(@PathVariable String id, Model model) {
        model.addAttribute("line", ImportPageLine.of(ImportProgress.of(find(id), clock.instant())));
        return "import";
    }

    @GetMapping("/imports/{id}/errors")
    void errors(@PathVariable String id, HttpServletResponse response) throws IOException {
        if (!find(id).status().finished()) {
            throw new ConsoleNotFoundAdvice.NotFound("error report of unfinished import " + id);
        }
        RegisterImportController.xlsx(response, "import-" + id + "-errors.xlsx");
        errorReport.write(id, response.getOutputStream());
    }

    @GetMapping("/imports/template")
    void template(HttpServletResponse response) throws IOException {
        RegisterImportController.xlsx(response, "contract-register-template.xlsx");
        template.write(response.getOutputStream());
    }

    private RegisterImport find(String id) {
        return imports.find(id).orElseThrow(() -> new ConsoleNotFoundAdvice.NotFound("import " + id));
    }
}
