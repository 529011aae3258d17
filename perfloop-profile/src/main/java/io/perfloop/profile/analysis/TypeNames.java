package io.perfloop.profile.analysis;

/** JVM type names as people write them: {@code [B} → {@code byte[]}, {@code [Ljava.lang.String;} → {@code java.lang.String[]}. */
final class TypeNames {
    private TypeNames() {
    }

    static String readable(String jvmName) {
        if (jvmName == null || !jvmName.startsWith("[")) {
            return jvmName == null ? "" : jvmName;
        }
        int dims = 0;
        while (dims < jvmName.length() && jvmName.charAt(dims) == '[') {
            dims++;
        }
        String element = jvmName.substring(dims);
        String base = switch (element) {
            case "B" -> "byte";
            case "C" -> "char";
            case "S" -> "short";
            case "I" -> "int";
            case "J" -> "long";
            case "F" -> "float";
            case "D" -> "double";
            case "Z" -> "boolean";
            default -> element.startsWith("L") && element.endsWith(";") ? element.substring(1, element.length() - 1) : element;
        };
        return base + "[]".repeat(dims);
    }
}
