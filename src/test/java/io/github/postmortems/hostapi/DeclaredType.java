package io.github.postmortems.hostapi;

import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One of our host declarations as the compiler wrote it: read from its class file with ASM, so what is checked is
 * exactly what our code links against (implicit constructors, erasure and bridge methods included).
 */
final class DeclaredType {

    record Member(String kind, String name, int access, String descriptor, String signature, List<String> exceptions,
                  Object constant) {

        boolean isStatic() {
            return (access & Opcodes.ACC_STATIC) != 0;
        }

        boolean isPublic() {
            return (access & Opcodes.ACC_PUBLIC) != 0;
        }

        String show() {
            return kind + " " + name + descriptor;
        }
    }

    final String name;
    int access;
    String superName;
    final List<String> interfaces = new ArrayList<>();
    String signature;
    /** Access flags from the InnerClasses entry naming this type, for nested types (static or inner). */
    Integer nestedAccess;
    final List<String> nestedTypes = new ArrayList<>();
    final List<Member> members = new ArrayList<>();
    String retention;
    final Set<String> targets = new LinkedHashSet<>();

    private DeclaredType(String name) {
        this.name = name;
    }

    static DeclaredType read(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        DeclaredType type = new DeclaredType(Signatures.binary(reader.getClassName()));
        reader.accept(type.new Reader(), ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return type;
    }

    String kind() {
        if ((access & Opcodes.ACC_ANNOTATION) != 0) {
            return "annotation";
        }
        if ((access & Opcodes.ACC_INTERFACE) != 0) {
            return "interface";
        }
        if ((access & Opcodes.ACC_ENUM) != 0) {
            return "enum";
        }
        return "class";
    }

    boolean isAbstract() {
        return (access & Opcodes.ACC_ABSTRACT) != 0;
    }

    boolean isFinal() {
        return (access & Opcodes.ACC_FINAL) != 0;
    }

    /** What a reader of the source would call it: "abstract class", "final class", "interface", ... */
    String describe() {
        String kind = kind();
        if (kind.equals("class")) {
            return (isAbstract() ? "abstract " : "") + (isFinal() ? "final " : "") + "class";
        }
        return kind;
    }

    List<String> supertypes() {
        List<String> all = new ArrayList<>();
        if (superName != null) {
            all.add(superName);
        }
        all.addAll(interfaces);
        return all;
    }

    private final class Reader extends ClassVisitor {

        Reader() {
            super(Opcodes.ASM9);
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                          String[] interfaces) {
            DeclaredType.this.access = access;
            DeclaredType.this.superName = superName == null ? null : Signatures.binary(superName);
            DeclaredType.this.signature = signature;
            for (String each : interfaces) {
                DeclaredType.this.interfaces.add(Signatures.binary(each));
            }
        }

        @Override
        public void visitInnerClass(String name, String outerName, String innerName, int access) {
            String binary = Signatures.binary(name);
            if (binary.equals(DeclaredType.this.name)) {
                nestedAccess = access;
            } else if (outerName != null && Signatures.binary(outerName).equals(DeclaredType.this.name)) {
                nestedTypes.add(binary);
            }
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            if (descriptor.equals("Ljava/lang/annotation/Retention;")) {
                return new AnnotationVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitEnum(String name, String enumDescriptor, String value) {
                        retention = value;
                    }
                };
            }
            if (descriptor.equals("Ljava/lang/annotation/Target;")) {
                return new AnnotationVisitor(Opcodes.ASM9) {
                    @Override
                    public AnnotationVisitor visitArray(String name) {
                        return this;
                    }

                    @Override
                    public void visitEnum(String name, String enumDescriptor, String value) {
                        targets.add(value);
                    }
                };
            }
            return null;
        }

        @Override
        public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
            if ((access & Opcodes.ACC_SYNTHETIC) == 0) {
                String kind = (access & Opcodes.ACC_ENUM) != 0 ? "enum-constant" : "field";
                members.add(new Member(kind, name, access, descriptor, signature, List.of(), value));
            }
            return null;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                         String[] exceptions) {
            if ((access & (Opcodes.ACC_SYNTHETIC | Opcodes.ACC_BRIDGE)) == 0 && !name.equals("<clinit>")) {
                List<String> thrown = new ArrayList<>();
                if (exceptions != null) {
                    for (String each : exceptions) {
                        thrown.add(Signatures.binary(each));
                    }
                }
                String kind = name.equals("<init>") ? "constructor" : "method";
                members.add(new Member(kind, name, access, descriptor, signature, thrown, null));
            }
            return null;
        }
    }

    /** The descriptor of a JDK method or constructor, for looking up members inherited from the JDK. */
    static String descriptorOf(Class<?> returned, Class<?>... parameters) {
        Type[] types = new Type[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            types[i] = Type.getType(parameters[i]);
        }
        return Type.getMethodDescriptor(Type.getType(returned), types);
    }
}
