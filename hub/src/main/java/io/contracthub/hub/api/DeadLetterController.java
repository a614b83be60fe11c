package io.contracthub.hub.api;

import io.contracthub.hub.persistence.DeadLetter;
import io.contracthub.hub.persistence.DeadLetterRepository;
import io.contracthub.hub.pipeline.DeadLetterReplayService;
import io.contracthub.hub.pipeline.DeadLetterResolver;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/dead-letters")
public class DeadLetterController {

    private final DeadLetterRepository deadLetters;
    private final DeadLetterReplayService replayService;
    private final DeadLetterResolver resolver;

    public DeadLetterController(DeadLetterRepository deadLetters, DeadLetterReplayService replayService,
                                DeadLetterResolver resolver) {
        this.deadLetters = deadLetters;
        this.replayService = replayService;
        this.resolver = resolver;
    }

    @GetMapping
    public Page<DeadLetter> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Page.check(page, size);
        return new Page<>(deadLetters.page(page, size), page, size, deadLetters.count());
    }

    @GetMapping("/{id}")
    public DeadLetter one(@PathVariable long id) {
        return deadLetters.find(id).orElseThrow(() -> notFound(id));
    }

    @PostMapping("/{id}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public DeadLetter replay(@PathVariable long id) {
        DeadLetter deadLetter = deadLetters.find(id).orElseThrow(() -> notFound(id));
        replayService.replay(deadLetter);
        return deadLetters.find(id).orElseThrow();
    }

    /** Marks it dealt with; resolvedBy (optional body field) says who, else the API client. Resolving twice is harmless. */
    @PostMapping("/{id}/resolve")
    public DeadLetter resolve(@PathVariable long id, @RequestBody(required = false) ResolveRequest request) {
        DeadLetter deadLetter = deadLetters.find(id).orElseThrow(() -> notFound(id));
        String resolvedBy = request == null || request.resolvedBy() == null || request.resolvedBy().isBlank()
                ? "api-client" : request.resolvedBy().strip();
        if (resolvedBy.length() > 128) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_field", "resolvedBy: at most 128 characters");
        }
        resolver.resolve(deadLetter, resolvedBy);
        return deadLetters.find(id).orElseThrow();
    }

    public record ResolveRequest(String resolvedBy) {
    }

    private static ApiException notFound(long id) {
        return new ApiException(HttpStatus.NOT_FOUND, "dead_letter_not_found", "No dead letter with id " + id);
    }
}
