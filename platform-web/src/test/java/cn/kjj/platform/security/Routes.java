package cn.kjj.platform.security;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/** The routes the running application serves, read from its own handler mappings. */
final class Routes {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(:[^}]*)?}");

    private Routes() {
    }

    /** Every "METHOD pattern" of every handler mapping, with whether it takes multipart uploads. */
    static Map<String, Boolean> all(ApplicationContext context) {
        Map<String, Boolean> routes = new TreeMap<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
                .values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                boolean multipart = info.getConsumesCondition().getConsumableMediaTypes()
                        .contains(MediaType.MULTIPART_FORM_DATA);
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        routes.merge("ANY " + pattern, multipart, Boolean::logicalOr);
                    }
                    methods.forEach(m -> routes.merge(m.name() + " " + pattern, multipart, Boolean::logicalOr));
                }
            }
        }
        return routes;
    }

    /** The pattern with each {variable} replaced by its value. */
    static String fill(String pattern, Map<String, Supplier<String>> variables) {
        Matcher matcher = VARIABLE.matcher(pattern.replace("/**", ""));
        StringBuilder uri = new StringBuilder();
        while (matcher.find()) {
            Supplier<String> value = variables.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("no value for {" + matcher.group(1) + "} in " + pattern);
            }
            matcher.appendReplacement(uri, Matcher.quoteReplacement(value.get()));
        }
        return matcher.appendTail(uri).toString();
    }
}
