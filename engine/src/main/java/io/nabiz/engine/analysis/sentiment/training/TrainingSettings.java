package io.nabiz.engine.analysis.sentiment.training;

/**
 * How the logistic regression is fitted.
 *
 * @param epochs passes over the shuffled training data
 * @param learningRate AdaGrad's base step
 * @param l2 L2 penalty per update on the touched weights
 * @param balanced whether each label's examples are weighted inversely to its frequency, which
 *     favours macro-F1 over accuracy on skewed data
 * @param seed shuffling seed, so that training is reproducible
 * @param runs how many fits, each on its own shuffle ({@code seed}, {@code seed + 1}, …), are
 *     averaged into the model: an ensemble that costs nothing at run time, since the average of
 *     linear models is one linear model
 */
public record TrainingSettings(
        int epochs, double learningRate, double l2, boolean balanced, long seed, int runs) {

    public TrainingSettings {
        if (epochs < 1 || learningRate <= 0 || l2 < 0 || runs < 1) {
            throw new IllegalArgumentException(
                    "need epochs >= 1, learningRate > 0, l2 >= 0, runs >= 1");
        }
    }

    /** A single fit. */
    public TrainingSettings(
            int epochs, double learningRate, double l2, boolean balanced, long seed) {
        this(epochs, learningRate, l2, balanced, seed, 1);
    }
}
