package io.nabiz.engine.cases;

import java.util.List;

/** Case records that do not match the case contract; each problem names its line. */
public final class InvalidCasesException extends Exception {

    private final List<String> problems;

    public InvalidCasesException(String source, List<String> problems) {
        super(source + ": " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** One message per problem, each starting with {@code line N:}. */
    public List<String> problems() {
        return problems;
    }
}
