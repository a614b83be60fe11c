package io.contracthub.hub.console.deadletters;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.hub.console.ConsoleNotFoundAdvice;
import io.contracthub.hub.persistence.DeadLetter;
import io.contracthub.hub.persistence.DeadLetterRepository;
import io.contracthub.hub.pipeline.DeadLetterReplayService;
import io.contracthub.hub.pipeline.DeadLetterResolver;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The dead letters page; replay and resolve are for OPERATOR (the security chain checks the role). */
@Controller
public class DeadLetterPageController {

    static final int SHOWN = 50;

    private final DeadLetterRepository deadLetters;
    private final DeadLetterReplayService replayService;
    private final DeadLetterResolver resolver;
    private final ObjectMapper objectMapper;

    public DeadLetterPageController(DeadLetterRepository deadLetters, DeadLetterReplayService replayService,
                                    DeadLetterResolver resolver, ObjectMapper objectMapper) {
        this.deadLetters = deadLetters;
        this.replayService = replayService;
        this.resolver = resolver;
        this.objectMapper = objectMapper;
    }

    @GetMapping("/dead-letters")
    String list(Model model) {
        model.addAttribute("view", new DeadLetterPage(lines(false), deadLetters.count(false), lines(true),
                deadLetters.count(true)));
        return "dead-letters";
    }

    @PostMapping("/dead-letters/{id}/replay")
    String replay(@PathVariable long id, RedirectAttributes redirect) {
        replayService.replay(find(id));
        redirect.addFlashAttribute("replayed", id);
        return "redirect:/dead-letters#dead-letter-" + id;
    }

    @PostMapping("/dead-letters/{id}/resolve")
    String resolve(@PathVariable long id, Authentication user, RedirectAttributes redirect) {
        resolver.resolve(find(id), user.getName());
        redirect.addFlashAttribute("resolved", id);
        return "redirect:/dead-letters";
    }

    private DeadLetter find(long id) {
        return deadLetters.find(id).orElseThrow(() -> new ConsoleNotFoundAdvice.NotFound("dead letter " + id));
    }

    private java.util.List<DeadLetterPage.Line> lines(boolean resolved) {
        return deadLetters.page(resolved, 0, SHOWN).stream().map(letter -> DeadLetterPage.Line.of(letter, objectMapper)).toList();
    }
}
