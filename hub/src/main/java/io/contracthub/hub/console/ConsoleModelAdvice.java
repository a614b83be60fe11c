package io.contracthub.hub.console;

import io.contracthub.hub.security.ConsoleSecurity;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every console page's header needs: who is logged in, whether they may act, where the page is. */
@ControllerAdvice(basePackageClasses = ConsoleModelAdvice.class)
public class ConsoleModelAdvice {

    @ModelAttribute("currentUser")
    String currentUser(Authentication authentication) {
        return authentication == null ? null : authentication.getName();
    }

    @ModelAttribute("canOperate")
    boolean canOperate(Authentication authentication) {
        return authentication != null && ConsoleSecurity.mayOperate(authentication.getAuthorities());
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
