package org.lingong.platform.server.problem;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.lingong.platform.api.problem.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** Writes problem+json answers, from controllers and from servlet filters alike. */
@Component
public class ProblemResponses {

    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private final ObjectMapper mapper;
    private final RefusalCounter refusals;

    public ProblemResponses(ObjectMapper mapper, RefusalCounter refusals) {
        this.mapper = mapper;
        this.refusals = refusals;
    }

    public static ResponseEntity<Problem> entity(Problem problem) {
        return ResponseEntity.status(HttpStatus.valueOf(problem.status())).contentType(PROBLEM_JSON).body(problem);
    }

    /** Writes {@code problem} to a response that has not been committed yet. */
    public void write(HttpServletResponse response, Problem problem) throws IOException {
        refusals.count(problem);
        response.setStatus(problem.status());
        response.setContentType(PROBLEM_JSON.toString());
        response.setCharacterEncoding("UTF-8");
        mapper.writeValue(response.getOutputStream(), problem);
    }

    /**
     * Writes {@code problem} as {@link ProblemAdvice} answers it through Spring MVC ({@link #entity}: no charset
     * parameter), for code that answers a controller's requests outside Spring MVC.
     */
    public void writeAsHandler(HttpServletResponse response, Problem problem) throws IOException {
        refusals.count(problem);
        response.setStatus(problem.status());
        response.setContentType(PROBLEM_JSON.toString());
        mapper.writeValue(response.getOutputStream(), problem);
    }
}
