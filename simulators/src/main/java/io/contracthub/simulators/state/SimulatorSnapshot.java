package io.contracthub.simulators.state;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.paramnames.ParameterNamesModule;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A simulator's state as JSON, found by shape rather than listed: every instance field (of the simulator's class and
 * its superclasses) that is a {@link Map}, a {@link Collection} or an atomic counter, and, field by field the same way,
 * every field whose class is marked {@link KeptState}. A map or list a simulator gains later (a new document kind) is
 * kept without touching this class. Restoring fills the simulator's own containers in place (they keep their
 * concurrent types); a name missing from the snapshot is left as the simulator started it.
 */
public final class SimulatorSnapshot {

    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new ParameterNamesModule())
            .setVisibility(PropertyAccessor.ALL, Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, Visibility.ANY)
            .setVisibility(PropertyAccessor.CREATOR, Visibility.ANY)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private SimulatorSnapshot() {
    }

    public static ObjectNode take(Object simulator) {
        ObjectNode snapshot = JSON.createObjectNode();
        for (Field field : keptFields(simulator.getClass())) {
            Object value = read(field, simulator);
            if (value == null) {
                continue;
            }
            snapshot.set(field.getName(), isHolder(field) ? take(value) : JSON.valueToTree(value));
        }
        return snapshot;
    }

    /**
     * Puts the snapshot's state into the simulator. Every value is read first and put in only when all could be
     * read, so a snapshot that cannot be read leaves the simulator exactly as it started.
     *
     * @throws IllegalStateException naming the field that cannot be read back
     */
    public static void restore(Object simulator, JsonNode snapshot) {
        List<Runnable> fills = new ArrayList<>();
        collectFills(simulator, snapshot, fills);
        fills.forEach(Runnable::run);
    }

    private static void collectFills(Object owner, JsonNode snapshot, List<Runnable> fills) {
        for (Field field : keptFields(owner.getClass())) {
            JsonNode node = snapshot.get(field.getName());
            Object target = read(field, owner);
            if (node == null || node.isNull() || target == null) {
                continue;
            }
            if (isHolder(field)) {
                collectFills(target, node, fills);
            } else {
                fills.add(fill(target, node, JSON.getTypeFactory().constructType(field.getGenericType()), field));
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Runnable fill(Object target, JsonNode node, JavaType type, Field field) {
        try {
            if (target instanceof Map map) {
                Map<Object, Object> restored = JSON.convertValue(node, type);
                return () -> {
                    map.clear();
                    map.putAll(restored);
                };
            }
            if (target instanceof Collection collection) {
                Collection<Object> restored = JSON.convertValue(node, type);
                return () -> {
                    collection.clear();
                    collection.addAll(restored);
                };
            }
            if (target instanceof AtomicLong counter) {
                long value = node.asLong();
                return () -> counter.set(value);
            }
            if (target instanceof AtomicInteger counter) {
                int value = node.asInt();
                return () -> counter.set(value);
            }
            return () -> { };
        } catch (IllegalArgumentException unreadable) {
            throw new IllegalStateException("the snapshot's " + field.getDeclaringClass().getSimpleName() + "."
                    + field.getName() + " cannot be read back: " + unreadable.getMessage(), unreadable);
        }
    }

    private static List<Field> keptFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
            for (Field field : current.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())
                        && (isContainer(field.getType()) || isHolder(field))) {
                    field.setAccessible(true);
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    private static boolean isContainer(Class<?> type) {
        return Map.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)
                || type == AtomicLong.class || type == AtomicInteger.class;
    }

    private static boolean isHolder(Field field) {
        return field.getType().isAnnotationPresent(KeptState.class);
    }

    private static Object read(Field field, Object owner) {
        try {
            return field.get(owner);
        } catch (IllegalAccessException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
