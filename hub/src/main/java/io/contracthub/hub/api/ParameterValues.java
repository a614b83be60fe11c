package io.contracthub.hub.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a query parameter accepts, in words for the caller who sent something else. */
final class ParameterValues {

    private ParameterValues() {
    }

    static String allowed(String parameter, Class<?> type) {
        if (parameter.equals("page")) {
            return Page.PAGE_VALUES;
        }
        if (parameter.equals("size")) {
            return Page.SIZE_VALUES;
        }
        if (type != null && type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(constant -> ((Enum<?>) constant).name())
                    .collect(Collectors.joining(", "));
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        return "a " + (type == null ? "valid value" : type.getSimpleName().toLowerCase(Locale.ROOT));
    }
}
