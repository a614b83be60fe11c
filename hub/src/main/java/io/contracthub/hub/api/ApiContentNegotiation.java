package io.contracthub.hub.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.accept.ContentNegotiationStrategy;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * The API and {@code /error} speak JSON whatever the caller's Accept header asks for: a browser's
 * {@code Accept: text/html} must get the JSON answer (or JSON error), not a 406 or an HTML page. Every other path
 * keeps ordinary negotiation by Accept: the console's pages, actuator's own formats, and the webhooks, where a
 * vendor's URL check (WeCom) is answered in text/plain.
 */
@Configuration
public class ApiContentNegotiation implements WebMvcConfigurer {


    @Override
    public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
        configurer.strategies(List.of(new JsonForApiPaths(), new HeaderContentNegotiationStrategy()));
    }

    static final class JsonForApiPaths implements ContentNegotiationStrategy {

        @Override
        public List<MediaType> resolveMediaTypes(NativeWebRequest webRequest) {
            HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
            if (request == null) {
                return MEDIA_TYPE_ALL_LIST;
            }
            String path = request.getRequestURI().substring(request.getContextPath().length());
            boolean jsonOnly = path.equals("/error") || path.equals("/api") || path.startsWith("/api/");
            return jsonOnly ? List.of(MediaType.APPLICATION_JSON) : MEDIA_TYPE_ALL_LIST;
        }
    }
}
