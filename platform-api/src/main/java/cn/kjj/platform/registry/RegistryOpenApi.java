package cn.kjj.platform.registry;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * Gives the shared handler methods of each {@link RegistryController} their registry's operation
 * ids ({@code listIncubators}, {@code getLab}, ...) and summaries, and documents the list's query
 * parameters, which the controller reads from the request as its registry declares them.
 */
@Component
class RegistryOpenApi implements OperationCustomizer {

    private final Map<Class<?>, RegistryController<?, ?, ?>> controllers;

    RegistryOpenApi(List<RegistryController<?, ?, ?>> controllers) {
        this.controllers = controllers.stream()
                .collect(Collectors.toMap(c -> ClassUtils.getUserClass(c.getClass()), Function.identity()));
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        RegistryController<?, ?, ?> controller = controllers.get(ClassUtils.getUserClass(handlerMethod.getBeanType()));
        String method = handlerMethod.getMethod().getName();
        if (controller == null || handlerMethod.getMethod().getDeclaringClass() != RegistryController.class
                || controller.api().operationId(method) == null) {
            return operation;
        }
        operation.setOperationId(controller.api().operationId(method));
        operation.setSummary(controller.api().summary(method));
        if (controller.api().notes().containsKey(method)) {
            operation.setDescription(controller.api().notes().get(method));
        }
        if (method.equals("list")) {
            operation.setDescription(controller.api().notes().getOrDefault(method, "Within the caller's scope.")
                    + " Sortable by " + String.join(", ", controller.sortable()) + ".");
            List<Parameter> parameters = new ArrayList<>(filters(controller));
            if (operation.getParameters() != null) {
                parameters.addAll(operation.getParameters());
            }
            operation.setParameters(parameters);
        }
        return operation;
    }

    private static List<Parameter> filters(RegistryController<?, ?, ?> controller) {
        List<Parameter> parameters = new ArrayList<>();
        parameters.add(query("region", "Region code; a city includes its districts", new StringSchema()));
        for (ListFilter filter : controller.listQuery().filters()) {
            Schema<?> schema = filter.type() == Integer.class ? new IntegerSchema()
                    : filter.type() == Boolean.class ? new BooleanSchema()
                    : new StringSchema()._enum(filter.choices().stream().map(c -> ((Enum<?>) c).name()).toList());
            parameters.add(query(filter.field(), null, schema));
        }
        parameters.add(query("q", "Text in " + controller.api().searched(), new StringSchema()));
        return parameters;
    }

    private static Parameter query(String name, String description, Schema<?> schema) {
        return new Parameter().in("query").name(name).description(description).required(false).schema(schema);
    }
}
