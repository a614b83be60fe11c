package io.contracthub.hub.console.contract;

import io.contracthub.hub.api.ApiException;
import io.contracthub.hub.api.ManualEvidenceController;
import io.contracthub.hub.api.ManualEvidenceRequest;
import io.contracthub.hub.document.SignedDocuments;
import io.contracthub.hub.console.ConsoleNotFoundAdvice;
import io.contracthub.hub.contract360.Contract360Service;
import io.contracthub.model.EvidenceOutcome;
import io.contracthub.model.Facet;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The contract page, and its manual evidence form (OPERATOR; the security chain checks the role). */
@Controller
public class ContractPageController {

    private final ContractPageAssembler assembler;
    private final ManualEvidenceController manualEvidence;
    private final SignedDocuments signedDocuments;
    private final SignedTermsBlock signedTerms;
    private final Contract360Service contract360;

    public ContractPageController(ContractPageAssembler assembler, ManualEvidenceController manualEvidence,
                                  SignedDocuments signedDocuments, SignedTermsBlock signedTerms,
                                  Contract360Service contract360) {
        this.assembler = assembler;
        this.signedTerms = signedTerms;
        this.manualEvidence = manualEvidence;
        this.signedDocuments = signedDocuments;
        this.contract360 = contract360;
    }

    @GetMapping("/contracts/{id}")
    String contract(@PathVariable String id, Model model) {
        model.addAttribute("view", assembler.page(id));
        model.addAttribute("signedDocument", signedDocuments.latest(id).orElse(null));
        model.addAttribute("signed", signedTerms.of(id));
        model.addAttribute("c360", contract360Panel(id));
        return "contract";
    }

    /** The signed PDF (OPERATOR and up: the security chain checks the role); the not-found page while there is none. */
    @GetMapping("/contracts/{id}/signed-document")
    ResponseEntity<byte[]> signedDocument(@PathVariable String id) {
        return signedDocuments.download(id).orElseThrow(() -> new ConsoleNotFoundAdvice.NotFound("signed document of " + id));
    }

    /**
     * Goes through the API's own manual evidence endpoint, so the form gets exactly the API's validation and
     * idempotency; the actor is the logged-in user, not a typed name.
     */
    @PostMapping("/contracts/{id}/evidence")
    String recordEvidence(@PathVariable String id, @RequestParam String facet, @RequestParam String outcome,
                          @RequestParam(required = false) String reason, @RequestParam(required = false) String attachmentRef,
                          @RequestParam String requestId, Authentication user, RedirectAttributes redirect) {
        try {
            manualEvidence.record(id, new ManualEvidenceRequest(enumOrNull(Facet.class, facet),
                    enumOrNull(EvidenceOutcome.class, outcome), user.getName(), reason,
                    attachmentRef == null || attachmentRef.isBlank() ? null : attachmentRef.strip(), null, null, requestId));
            redirect.addFlashAttribute("evidenceRecorded", true);
        } catch (ApiException refused) {
            redirect.addFlashAttribute("evidenceRefused", refused.body().message() + " " + refused.body().details());
        }
        return "redirect:/contracts/" + id + "#evidence";
    }

    /** The 360 panel; a 360 refused because its pool is full leaves the rest of the page as it is. */
    private Contract360Panel contract360Panel(String id) {
        try {
            return Contract360Panel.of(contract360.of(id));
        } catch (ApiException busy) {
            return Contract360Panel.notAvailable();
        }
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return null;
        }
    }
}
