package io.perfloop.jdbc.fingerprint;

import io.perfloop.jdbc.fingerprint.StatementShape.Keyword;
import io.perfloop.jdbc.fingerprint.StatementShape.Name;
import io.perfloop.jdbc.fingerprint.StatementShape.Operator;
import io.perfloop.jdbc.fingerprint.StatementShape.Part;
import io.perfloop.jdbc.fingerprint.StatementShape.QuotedName;
import io.perfloop.jdbc.fingerprint.StatementShape.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/** One change that makes a different statement: each kind maps a part to its replacement, or null. */
enum ShapeMutation {
    OTHER_COLUMN_OR_TABLE(part -> part instanceof Name n ? new Name(renamed(n.text())) : null),
    OTHER_OPERATOR(part -> part instanceof Operator o && !o.text().equals("::")
        ? new Operator(o.text().equals("=") ? "<>" : "=") : null),
    QUOTED_NAME_TO_STRING(part -> part instanceof QuotedName ? new Value() : null),
    QUOTED_NAME_TO_PLAIN_NAME(part -> part instanceof QuotedName q ? new Name(q.text().toLowerCase().replace(' ', '_')) : null),
    OTHER_KEYWORD(part -> part instanceof Keyword k && Swaps.MAP.containsKey(k.text()) ? new Keyword(Swaps.MAP.get(k.text())) : null),
    VALUE_TO_COLUMN(part -> part instanceof Value ? new Name("t1_0.id") : null);

    /** Keyword swaps; a holder class because enum constants cannot see the enum's own statics. */
    private static final class Swaps {
        static final Map<String, String> MAP = Map.of("and", "or", "or", "and", "asc", "desc",
            "desc", "asc", "true", "false", "false", "true", "join", "natural join", "distinct", "all");
    }

    private final Function<Part, Part> replacement;

    ShapeMutation(Function<Part, Part> replacement) {
        this.replacement = replacement;
    }

    /** The shape with one randomly chosen part replaced, or null if this kind finds nothing to change. */
    StatementShape apply(StatementShape shape, Random random) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < shape.parts().size(); i++) {
            if (replacement.apply(shape.parts().get(i)) != null) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        int at = candidates.get(random.nextInt(candidates.size()));
        List<Part> parts = new ArrayList<>(shape.parts());
        parts.set(at, replacement.apply(parts.get(at)));
        return new StatementShape(List.copyOf(parts));
    }

    private static String renamed(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? name + "_x" : name.substring(0, dot + 1) + "x_" + name.substring(dot + 1);
    }
}
