package io.github.postmortems.osgihost;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A host service that does nothing and answers with neutral values: zero, false, empty collections and, for an
 * interface (a settings object, a builder), another such stub, so that code run at start never meets a null the real
 * host would not give. Classes it cannot make (pages, users) come back as null.
 */
final class NeutralStub implements InvocationHandler {

    private final Class<?> type;

    private NeutralStub(Class<?> type) {
        this.type = type;
    }

    static Object of(Class<?> type) {
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, new NeutralStub(type));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) {
        switch (method.getName()) {
            case "equals":
                return args != null && args.length == 1 && proxy == args[0];
            case "hashCode":
                return System.identityHashCode(proxy);
            case "toString":
                return "stub " + type.getName();
            default:
                return neutral(method.getReturnType());
        }
    }

    static Object neutral(Class<?> returned) {
        if (returned == void.class) {
            return null;
        } else if (returned == boolean.class) {
            return false;
        } else if (returned == char.class) {
            return '\0';
        } else if (returned.isPrimitive()) {
            return zero(returned);
        } else if (returned == String.class) {
            return null;
        } else if (returned == Optional.class) {
            return Optional.empty();
        } else if (returned == List.class || returned == Collection.class || returned == Iterable.class) {
            return List.of();
        } else if (returned == Set.class) {
            return Set.of();
        } else if (returned == Map.class) {
            return Map.of();
        } else if (returned == java.util.Iterator.class) {
            return Collections.emptyIterator();
        } else if (returned.isInterface() && !returned.getName().startsWith("java.")) {
            return of(returned);
        }
        return null;
    }

    private static Object zero(Class<?> primitive) {
        if (primitive == long.class) {
            return 0L;
        } else if (primitive == double.class) {
            return 0d;
        } else if (primitive == float.class) {
            return 0f;
        } else if (primitive == short.class) {
            return (short) 0;
        } else if (primitive == byte.class) {
            return (byte) 0;
        }
        return 0;
    }
}
