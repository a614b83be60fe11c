package io.contracthub.hub.console.contracts;

import io.contracthub.hub.persistence.ContractListFilter;
import io.contracthub.hub.persistence.ContractRepository;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/** The contracts page: who to chase, by confidence tier; and the same list as an Excel file. */
@Controller
public class ContractListController {

    static final int PAGE_SIZE = 25;

    private final ContractRepository contracts;
    private final ContractListExport export;
    private final Clock clock;

    public ContractListController(ContractRepository contracts, ContractListExport export, Clock clock) {
        this.contracts = contracts;
        this.export = export;
        this.clock = clock;
    }

    @GetMapping("/contracts")
    String list(@ModelAttribute ContractListQuery query, @RequestParam(defaultValue = "0") String page, Model model) {
        Instant now = clock.instant();
        ContractListFilter filter = query.filter(now);
        long total = contracts.count(filter);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(pageNumber(page), pages - 1);
        var lines = contracts.list(filter, current, PAGE_SIZE).stream()
                .map(row -> ContractListPage.Line.of(row, now)).toList();
        model.addAttribute("view", new ContractListPage(ContractListPage.tierCounts(contracts.countByTier()), lines, query,
                total, current, pages, contracts.regions(), contracts.salesReps()));
        return "contracts";
    }

    @GetMapping("/contracts/export.xlsx")
    void exportXlsx(@ModelAttribute ContractListQuery query, Locale locale, HttpServletResponse response) throws IOException {
        Instant now = clock.instant();
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("contracts.xlsx", StandardCharsets.UTF_8).build().toString());
        export.write(contracts.list(query.filter(now), 0, ContractListExport.MAX_ROWS), now, locale, response.getOutputStream());
    }

    private static int pageNumber(String page) {
        try {
            return Math.max(0, Integer.parseInt(page.strip()));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}
