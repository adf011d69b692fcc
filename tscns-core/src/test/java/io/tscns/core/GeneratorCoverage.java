package io.tscns.core;

import java.util.function.BiPredicate;

/**
 * Coverage checks for jqwik's {@code Statistics.coverage} that prove a property's generators reach each branch
 * (the accept branch of a parser, every outcome of a validator) often enough. A share is checked only over a full
 * sample, {@value #FULL_SAMPLE} values or more: the normal build's 1000 tries. With the tries lowered for mutation
 * testing the sample is too small for a statistical check to be reliable, and the generators, which are test code,
 * are the same as in the normal build that checked them.
 *
 * <p>A copy of {@code io.tscns.test.jqwik.GeneratorCoverage}, which tscns-core cannot use: that module depends on
 * this one. Use with {@code checker.check("accepted").count(GeneratorCoverage.atLeastPercent(20))}.
 */
public final class GeneratorCoverage {

    /** The fewest values over which a share is checked. */
    public static final int FULL_SAMPLE = 500;

    private GeneratorCoverage() {}

    /**
     * Requires a value to make at least a share of the sample, once the sample is full.
     *
     * @param percent the least share, in percent
     * @return the check, for {@code CoverageChecker.count}
     */
    public static BiPredicate<Integer, Integer> atLeastPercent(int percent) {
        return (count, all) -> all < FULL_SAMPLE || count * 100L >= (long) all * percent;
    }

    /**
     * Requires a value to appear at least once, once the sample is full.
     *
     * @return the check, for {@code CoverageChecker.count}
     */
    public static BiPredicate<Integer, Integer> seen() {
        return (count, all) -> all < FULL_SAMPLE || count > 0;
    }
}
