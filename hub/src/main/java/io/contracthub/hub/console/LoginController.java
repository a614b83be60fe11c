package io.contracthub.hub.console;

import io.contracthub.hub.security.ConsoleSecurity;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The console's entry points that show no data: home, login and the page for a refused action. */
@Controller
public class LoginController {

    @GetMapping("/")
    String home() {
        return "redirect:/contracts";
    }

    @GetMapping(ConsoleSecurity.LOGIN_PAGE)
    String login() {
        return "login";
    }

    // reached by a forward from the access-denied handler, so with the refused request's method (often POST)
    @RequestMapping(ConsoleSecurity.FORBIDDEN_PAGE)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden() {
        return "forbidden";
    }
}
