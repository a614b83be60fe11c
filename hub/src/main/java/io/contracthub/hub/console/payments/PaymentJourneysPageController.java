package io.contracthub.hub.console.payments;

import io.contracthub.hub.api.ApiException;
import io.contracthub.hub.payment.PaymentJourneyController;
import io.contracthub.hub.payment.PaymentJourneyService;
import io.contracthub.hub.payment.PaymentJourneyView;
import io.contracthub.hub.payment.PaymentProperties;
import io.contracthub.hub.payment.PaymentStallScanner;
import io.contracthub.hub.payment.statement.BankStatementController;
import io.contracthub.hub.payment.statement.BankStatementRepository;
import io.contracthub.hub.payment.statement.BankStatementService;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The "payment journeys" page: every open invoice, the node it waits at, for how long, the reason given; one rep's own
 * view with {@code ?rep=}; statement lines waiting for a person. OPERATOR uploads statements and records reasons.
 */
@Controller
public class PaymentJourneysPageController {

    private final PaymentJourneyService journeys;
    private final BankStatementController statements;
    private final BankStatementRepository lines;
    private final PaymentProperties properties;
    private final Clock clock;

    public PaymentJourneysPageController(PaymentJourneyService journeys, BankStatementController statements,
                                         BankStatementRepository lines, PaymentProperties properties, Clock clock) {
        this.journeys = journeys;
        this.statements = statements;
        this.lines = lines;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/payment-journeys")
    String page(@RequestParam(required = false) String rep, Model model) {
        List<PaymentJourneyView> open = journeys.openJourneys().stream()
                .filter(j -> rep == null || rep.isBlank() || j.contract().isRep(rep))
                .map(j -> PaymentJourneyView.of(j, PaymentStallScanner.workingTime(properties), clock.instant()))
                .toList();
        model.addAttribute("journeys", open);
        model.addAttribute("rep", rep);
        model.addAttribute("banks", properties.banks().keySet().stream().sorted().toList());
        model.addAttribute("waitingLines", lines.waitingForPerson(50));
        return "payment-journeys";
    }

    @PostMapping("/payment-journeys/statements")
    String upload(@RequestParam(required = false) String bank, @RequestParam(required = false) MultipartFile file,
                  Authentication user, RedirectAttributes redirect) {
        try {
            if (file == null || file.isEmpty() || bank == null || bank.isBlank()) {
                throw new ApiException(org.springframework.http.HttpStatus.BAD_REQUEST, "missing_field", "bank and file");
            }
            BankStatementService.UploadResult result = statements.upload(bank, file, user.getName());
            redirect.addFlashAttribute("uploaded", result);
        } catch (ApiException e) {
            redirect.addFlashAttribute("uploadError", e.body().message());
        }
        return "redirect:/payment-journeys";
    }

    @PostMapping("/payment-journeys/{contractId}/reasons")
    String reason(@PathVariable String contractId, @RequestParam String invoice, @RequestParam int node,
                  @RequestParam String reason, @RequestParam(required = false) String note, Authentication user,
                  RedirectAttributes redirect) {
        try {
            journeys.record(contractId, PaymentJourneyController.fact(new PaymentJourneyController.FactRequest(
                            PaymentJourneyController.Statement.REASON, invoice, null, node, reason, note, user.getName(),
                            null, null)),
                    "console", contractId + ":" + UUID.randomUUID(), user.getName(), clock.instant(), null);
            redirect.addFlashAttribute("reasonRecorded", invoice);
        } catch (ApiException e) {
            redirect.addFlashAttribute("uploadError", e.body().message());
        }
        return "redirect:/payment-journeys";
    }
}
