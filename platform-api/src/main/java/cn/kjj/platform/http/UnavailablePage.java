package cn.kjj.platform.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The page a browser gets when the database is out of reach before any controller ran (see
 * {@link DatabaseOutageFilter}). The portal provides it (its 503 error page); without one,
 * every such request is answered with the 503 problem JSON.
 */
@FunctionalInterface
public interface UnavailablePage {

    /** Writes the 503 page; status and {@code Retry-After} are already set. */
    void render(HttpServletRequest request, HttpServletResponse response) throws IOException;
}
