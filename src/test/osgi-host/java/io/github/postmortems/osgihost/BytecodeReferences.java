package io.github.postmortems.osgihost;

import org.springframework.asm.AnnotationVisitor;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.FieldVisitor;
import org.springframework.asm.Handle;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.asm.Type;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Every class, method and field a class file refers to (supertypes, signatures, instructions, bootstrap methods,
 * runtime-visible annotations), read with the ASM inside spring-core, and resolved as the JVM would: through the
 * referring bundle's class loader, members looked up along the class hierarchy by name and descriptor.
 */
final class BytecodeReferences {

    /** One reference from a class file: kind is class, method or field; member and descriptor are empty for a class. */
    record Reference(String kind, String owner, String member, String descriptor) {
        @Override
        public String toString() {
            String type = owner.replace('/', '.');
            return switch (kind) {
                case "class" -> type;
                case "field" -> type + "." + member + ":" + descriptor;
                default -> type + "." + member + descriptor;
            };
        }
    }

    /** Why a reference does not resolve, naming the missing class or member, or null when it resolves. */
    interface Resolution {
        String problem(Reference reference);
    }

    private static final int API = Opcodes.ASM9;

    private BytecodeReferences() {
    }

    static Set<Reference> of(byte[] classFile) {
        Set<Reference> references = new LinkedHashSet<>();
        new ClassReader(classFile).accept(new Collector(references), ClassReader.SKIP_FRAMES | ClassReader.SKIP_DEBUG);
        return references;
    }

    /** Resolves references through one class loader, remembering what it found. */
    static Resolution through(ClassLoader loader) {
        Map<String, Object> classes = new HashMap<>();
        return reference -> {
            Object found = classes.computeIfAbsent(reference.owner(), owner -> load(owner, loader));
            if (found instanceof String problem) {
                return problem;
            }
            Class<?> owner = (Class<?>) found;
            try {
                return switch (reference.kind()) {
                    case "method" -> hasMethod(owner, reference.member(), reference.descriptor()) ? null
                            : "no method " + reference + " in " + where(owner);
                    case "field" -> hasField(owner, reference.member(), reference.descriptor()) ? null
                            : "no field " + reference + " in " + where(owner);
                    default -> null;
                };
            } catch (LinkageError e) {
                return "the members of " + owner.getName() + " do not link (" + e + ")";
            }
        };
    }

    private static Object load(String internalName, ClassLoader loader) {
        String name = internalName.replace('/', '.');
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return "class " + name + " not found (" + e + ")";
        }
    }

    private static String where(Class<?> owner) {
        ClassLoader loader = owner.getClassLoader();
        if (loader instanceof org.osgi.framework.BundleReference bundle) {
            return owner.getName() + " from bundle " + bundle.getBundle().getSymbolicName() + " "
                    + bundle.getBundle().getVersion();
        }
        return owner.getName() + " from " + (loader == null ? "the JDK" : "the host class path");
    }

    private static boolean hasMethod(Class<?> owner, String name, String descriptor) {
        if (name.equals("<init>")) {
            for (Constructor<?> constructor : owner.getDeclaredConstructors()) {
                if (Type.getConstructorDescriptor(constructor).equals(descriptor)) {
                    return true;
                }
            }
            return false;
        }
        for (Class<?> type : hierarchy(owner)) {
            for (Method method : type.getDeclaredMethods()) {
                if (method.getName().equals(name) && (Type.getMethodDescriptor(method).equals(descriptor)
                        || signaturePolymorphic(method))) {
                    return true;
                }
            }
        }
        // static initialisers and methods every array or interface inherits from Object
        return name.equals("<clinit>") || (owner.isInterface() && hasMethod(Object.class, name, descriptor));
    }

    private static boolean signaturePolymorphic(Method method) {
        Class<?> owner = method.getDeclaringClass();
        return (owner == java.lang.invoke.MethodHandle.class || owner == java.lang.invoke.VarHandle.class)
                && method.isVarArgs() && Modifier.isNative(method.getModifiers());
    }

    private static boolean hasField(Class<?> owner, String name, String descriptor) {
        for (Class<?> type : hierarchy(owner)) {
            for (Field field : type.getDeclaredFields()) {
                if (field.getName().equals(name) && Type.getDescriptor(field.getType()).equals(descriptor)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The class, its superclasses and all their interfaces. */
    private static Set<Class<?>> hierarchy(Class<?> owner) {
        Set<Class<?>> all = new LinkedHashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>();
        todo.add(owner);
        while (!todo.isEmpty()) {
            Class<?> type = todo.poll();
            if (all.add(type)) {
                if (type.getSuperclass() != null) {
                    todo.add(type.getSuperclass());
                }
                todo.addAll(java.util.List.of(type.getInterfaces()));
            }
        }
        return all;
    }

    private static final class Collector extends ClassVisitor {
        private final Set<Reference> references;
        private final Set<String> seenTypes = new HashSet<>();

        Collector(Set<Reference> references) {
            super(API);
            this.references = references;
        }

        void type(Type type) {
            switch (type.getSort()) {
                case Type.ARRAY -> type(type.getElementType());
                case Type.OBJECT -> {
                    if (seenTypes.add(type.getInternalName())) {
                        references.add(new Reference("class", type.getInternalName(), "", ""));
                    }
                }
                case Type.METHOD -> {
                    type(type.getReturnType());
                    for (Type argument : type.getArgumentTypes()) {
                        type(argument);
                    }
                }
                default -> {
                }
            }
        }

        void internalName(String name) {
            if (name != null) {
                type(name.startsWith("[") ? Type.getType(name) : Type.getObjectType(name));
            }
        }

        void member(String kind, String owner, String name, String descriptor) {
            internalName(owner);
            type(Type.getType(descriptor));
            if (!owner.startsWith("[")) {
                references.add(new Reference(kind, owner, name, descriptor));
            }
        }

        void constant(Object value) {
            if (value instanceof Type type) {
                type(type);
            } else if (value instanceof Handle handle) {
                boolean field = handle.getTag() <= Opcodes.H_PUTSTATIC;
                member(field ? "field" : "method", handle.getOwner(), handle.getName(), handle.getDesc());
            }
        }

        AnnotationVisitor annotation(String descriptor, boolean visible) {
            // the JVM never loads invisible (CLASS-retention) annotations; visible ones it loads when asked for
            if (visible) {
                type(Type.getType(descriptor));
            }
            return null;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
            internalName(superName);
            if (interfaces != null) {
                for (String each : interfaces) {
                    internalName(each);
                }
            }
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            return annotation(descriptor, visible);
        }

        @Override
        public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
            type(Type.getType(descriptor));
            return new FieldVisitor(API) {
                @Override
                public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                    return annotation(annotation, visible);
                }
            };
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            type(Type.getType(descriptor));
            if (exceptions != null) {
                for (String exception : exceptions) {
                    internalName(exception);
                }
            }
            return new MethodVisitor(API) {
                @Override
                public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                    return annotation(annotation, visible);
                }

                @Override
                public AnnotationVisitor visitParameterAnnotation(int parameter, String annotation, boolean visible) {
                    return annotation(annotation, visible);
                }

                @Override
                public void visitTypeInsn(int opcode, String type) {
                    internalName(type);
                }

                @Override
                public void visitFieldInsn(int opcode, String owner, String name, String fieldDescriptor) {
                    member("field", owner, name, fieldDescriptor);
                }

                @Override
                public void visitMethodInsn(int opcode, String owner, String name, String methodDescriptor, boolean itf) {
                    member("method", owner, name, methodDescriptor);
                }

                @Override
                public void visitInvokeDynamicInsn(String name, String indyDescriptor, Handle bootstrap, Object... arguments) {
                    type(Type.getType(indyDescriptor));
                    constant(bootstrap);
                    for (Object argument : arguments) {
                        constant(argument);
                    }
                }

                @Override
                public void visitLdcInsn(Object value) {
                    constant(value);
                }

                @Override
                public void visitMultiANewArrayInsn(String arrayDescriptor, int dimensions) {
                    type(Type.getType(arrayDescriptor));
                }

                @Override
                public void visitTryCatchBlock(org.springframework.asm.Label start, org.springframework.asm.Label end,
                                               org.springframework.asm.Label handler, String type) {
                    internalName(type);
                }
            };
        }
    }
}
