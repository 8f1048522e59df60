package org.vfmigrate.backend.restapi;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps request bodies at {@link #MAX_BODY_BYTES}: a declared larger body is answered 413 at once, and a
 * chunked one is cut off when it passes the cap ({@link TooLarge}, which the fault handler answers with 413 too),
 * so a huge body can neither fill memory nor reach a parser. Tomcat then swallows at most
 * {@code server.tomcat.max-swallow-size} of what is left before it closes the connection.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestSizeLimitFilter extends OncePerRequestFilter {

    public static final long MAX_BODY_BYTES = 1024 * 1024;
    public static final String REASON = "Request too large";
    public static final String DETAIL = "Request bodies are limited to " + MAX_BODY_BYTES + " bytes.";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            FaultWriter.write(request.getHeader("Accept"), response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    REASON, DETAIL);
            return;
        }
        chain.doFilter(new LimitedRequest(request), response);
    }

    /** Thrown while a body is read, once it has passed the cap. */
    public static final class TooLarge extends IOException {

        TooLarge() {
            super(DETAIL);
        }
    }

    /** A request whose body stream fails once more than the cap has been read. */
    private static final class LimitedRequest extends HttpServletRequestWrapper {

        LimitedRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0) {
                        count(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buf, int off, int len) throws IOException {
                    int n = in.read(buf, off, len);
                    if (n > 0) {
                        count(n);
                    }
                    return n;
                }

                private void count(int n) throws IOException {
                    read += n;
                    if (read > MAX_BODY_BYTES) {
                        throw new TooLarge();
                    }
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
