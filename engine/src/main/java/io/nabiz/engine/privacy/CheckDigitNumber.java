package io.nabiz.engine.privacy;

/**
 * A national id written as a fixed number of digits with no leading zero, valid only when its check
 * digits agree: a number of the same length that fails them (an order number) stays visible.
 */
abstract class CheckDigitNumber extends NumberKind {

    private final int length;

    CheckDigitNumber(Placeholder placeholder, int length) {
        super(placeholder);
        this.length = length;
    }

    /** Whether {@code digits} of the right length and without a leading zero pass the checks. */
    abstract boolean checks(String digits);

    @Override
    final boolean matches(DigitRun run, int first, int last) {
        return run.digitCount(first, last) == length && valid(run.digits(first, last));
    }

    final boolean valid(String digits) {
        return digits.length() == length && digits.charAt(0) != '0' && checks(digits);
    }
}
