package cn.kjj.platform.security;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each caller gets from one route: {@code ok} (allowed: 2xx, 3xx, or 400/409/412/422/428 from
 * validation or state), {@code 403} (the role may not), {@code 404} (the record is outside the caller's
 * scope), {@code login} (a page's redirect to the login page) or {@code 401}. Anonymous callers get
 * {@code 401} on the API and {@code login} on pages unless the route is {@code public}.
 */
record Expectation(String route, boolean open, Map<Who, String> byWho) {

    static final List<String> OUTCOMES = List.of("ok", "403", "404", "401", "login");

    /**
     * Parses the lines of {@link AccessExpectations#TABLE}: route (method and pattern), then 7 outcomes or
     * "public", or 8 when {@link Who#EXPERT} is let in; with 7, the expert gets 403 (it uses nothing but its
     * own reviews, decision 0042).
     */
    static Map<String, Expectation> parse(String table) {
        Map<String, Expectation> parsed = new LinkedHashMap<>();
        for (String line : table.strip().split("\n")) {
            String[] cells = line.strip().split("\\s+");
            if (cells.length == 0 || cells[0].isEmpty() || cells[0].startsWith("#")) {
                continue;
            }
            String route = cells[0] + " " + cells[1];
            List<String> outcomes = Arrays.asList(cells).subList(2, cells.length);
            boolean open = outcomes.equals(List.of("public"));
            if (!open && (outcomes.size() < Who.EXPERT.ordinal() || outcomes.size() > Who.values().length
                    || !OUTCOMES.containsAll(outcomes))) {
                throw new IllegalArgumentException("expected 'public' or " + Who.EXPERT.ordinal() + " (or "
                        + Who.values().length + " with EXPERT) outcomes of " + OUTCOMES + " on: " + line);
            }
            Map<Who, String> byWho = new EnumMap<>(Who.class);
            for (Who who : Who.values()) {
                byWho.put(who, open ? "ok" : who.ordinal() < outcomes.size() ? outcomes.get(who.ordinal()) : "403");
            }
            if (parsed.put(route, new Expectation(route, open, byWho)) != null) {
                throw new IllegalArgumentException("route listed twice: " + route);
            }
        }
        return parsed;
    }

    String anonymous() {
        if (open) {
            return "ok";
        }
        String path = route.split(" ")[1];
        // the API and the actuator answer with problem JSON, the portal sends people to its login page
        return path.startsWith("/api/") || path.startsWith("/actuator") ? "401" : "login";
    }
}
