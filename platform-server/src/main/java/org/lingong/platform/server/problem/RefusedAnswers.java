package org.lingong.platform.server.problem;

import org.lingong.platform.api.problem.Problem;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Counts every problem answer written by a controller, an exception handler or {@code /error}. Problems written by
 * servlet filters (signature, body size, firewall, security) are counted in {@code ProblemResponses.write}.
 */
@ControllerAdvice
class RefusedAnswers implements ResponseBodyAdvice<Object> {

    private final RefusalCounter refusals;

    RefusedAnswers(RefusalCounter refusals) {
        this.refusals = refusals;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (body instanceof Problem problem) {
            refusals.count(problem);
        }
        return body;
    }
}
