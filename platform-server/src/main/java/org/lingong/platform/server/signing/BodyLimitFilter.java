package org.lingong.platform.server.signing;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.lingong.platform.api.problem.Problem;
import org.lingong.platform.server.problem.ProblemResponses;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads every API request body into memory up to {@code maxBodyBytes}; a larger body is refused
 * with 413 before anything parses it. Downstream sees a {@link CachedBodyRequest}.
 */
public final class BodyLimitFilter extends OncePerRequestFilter {

    private final int maxBodyBytes;
    private final ProblemResponses problems;

    public BodyLimitFilter(int maxBodyBytes, ProblemResponses problems) {
        this.maxBodyBytes = maxBodyBytes;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBodyBytes) {
            refuse(response);
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), maxBodyBytes + 1);
        if (body.length > maxBodyBytes) {
            refuse(response);
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    private void refuse(HttpServletResponse response) throws IOException {
        response.setHeader("Connection", "close");
        problems.write(response, Problem.of(413, "body-too-large", "Body too large",
                "request bodies are limited to " + maxBodyBytes + " bytes"));
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(limit, 8192));
        byte[] buffer = new byte[8192];
        int total = 0;
        int n;
        while (total < limit && (n = in.read(buffer, 0, Math.min(buffer.length, limit - total))) > 0) {
            out.write(buffer, 0, n);
            total += n;
        }
        return out.toByteArray();
    }
}
