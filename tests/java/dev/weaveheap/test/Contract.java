package dev.weaveheap.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;

import dev.weaveheap.WeaveHeap;

/** How the generated ContractTest checks each name of docs/api.md's Java column, by reflection. */
final class Contract {
    private Contract() {
    }

    private static Class<?> nested(String idl, String name) {
        for (Class<?> c : WeaveHeap.class.getClasses()) {
            if (c.getSimpleName().equals(name)) {
                assertTrue(Modifier.isPublic(c.getModifiers()), idl + ": " + name + " is not public");
                return c;
            }
        }
        return fail(idl + ": WeaveHeap has no public nested type " + name);
    }

    private static Method[] named(Class<?> c, String name) {
        return Arrays.stream(c.getMethods()).filter(m -> m.getName().equals(name)).toArray(Method[]::new);
    }

    static void check(String idl, String kind, String cls, String member, String parent) throws Exception {
        switch (kind) {
        case "function" -> {
            Method[] ms = named(WeaveHeap.class, member);
            assertTrue(ms.length > 0, idl + ": no WeaveHeap." + member);
            for (Method m : ms) {
                assertTrue(Modifier.isStatic(m.getModifiers()), idl + ": WeaveHeap." + member + " is not static");
            }
        }
        case "constructor" -> {
            Class<?> c = nested(idl, cls);
            assertTrue(c.getConstructors().length > 0, idl + ": " + cls + " has no public constructor");
            assertTrue(WeaveHeap.Resource.class.isAssignableFrom(c), idl + ": " + cls + " is not a Resource");
        }
        case "method", "view" -> {
            Class<?> c = nested(idl, cls);
            Method[] ms = named(c, member);
            assertTrue(ms.length > 0, idl + ": no " + cls + "." + member);
            for (Method m : ms) {
                assertFalse(Modifier.isStatic(m.getModifiers()), idl + ": " + cls + "." + member + " is static");
            }
            if (kind.equals("view")) {
                Method shared = c.getMethod(member);
                Method either = c.getMethod(member, WeaveHeap.Access.class);
                assertTrue(WeaveHeap.Resource.class.isAssignableFrom(shared.getReturnType())
                    && shared.getReturnType() == either.getReturnType(), idl + ": " + cls + "." + member + " returns no view");
            }
        }
        case "close" -> {
            Class<?> c = nested(idl, cls);
            assertTrue(AutoCloseable.class.isAssignableFrom(c), idl + ": " + cls + " is not AutoCloseable");
            assertEquals(void.class, c.getMethod(member).getReturnType(), idl + ": " + cls + "." + member);
        }
        case "class" -> {
            assertTrue(WeaveHeap.Resource.class.isAssignableFrom(nested(idl, cls)), idl + ": " + cls + " is not a Resource");
            assertFalse(classExists("java.lang." + cls), idl + ": " + cls + " is also a class of java.lang");
        }
        case "struct" -> {
            nested(idl, cls);
            assertFalse(classExists("java.lang." + cls), idl + ": " + cls + " is also a class of java.lang");
        }
        case "error" -> {
            Class<?> c = nested(idl, cls);
            assertTrue(RuntimeException.class.isAssignableFrom(c), idl + ": " + cls + " is not a RuntimeException");
            assertTrue(cls.endsWith("Exception"), idl + ": " + cls + " does not end in Exception");
            if (!parent.isEmpty()) {
                assertEquals(parent, c.getSuperclass().getSimpleName(), idl + ": the parent of " + cls);
            }
            for (Class<?> lang = c; lang != null; lang = lang.getSuperclass()) {
                if (lang.getPackageName().equals("java.lang")) {
                    break;
                }
                assertFalse(classExists("java.lang." + lang.getSimpleName()),
                    idl + ": " + lang.getSimpleName() + " is also a class of java.lang");
            }
        }
        default -> fail(idl + ": no check for kind " + kind);
        }
    }

    private static boolean classExists(String name) {
        try {
            Class.forName(name);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** What the binding calls for the user is not part of its API. */
    static void checkHidden(String idl, String name) {
        assertEquals(0, named(WeaveHeap.class, name).length, idl + " is public as WeaveHeap." + name);
    }
}
