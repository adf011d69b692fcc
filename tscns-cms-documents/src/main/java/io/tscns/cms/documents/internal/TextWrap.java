package io.tscns.cms.documents.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Greedy line breaking: words (runs between spaces) fill a line up to its width; a word wider than a whole line is
 * broken between code points. Every character but the spaces at a break is kept, in order, so a wrapped text
 * never loses or truncates anything.
 */
public final class TextWrap {

    private TextWrap() {}

    /**
     * Breaks a text into lines no wider than {@code width}.
     *
     * @param text    the text, without line breaks
     * @param width   the line width, in the unit of {@code widthOf}
     * @param widthOf the width of a string
     * @return the lines, at least one
     */
    public static List<String> lines(String text, double width, ToDoubleFunction<String> widthOf) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split(" +")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (widthOf.applyAsDouble(candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (widthOf.applyAsDouble(rest) > width) {
                int cut = longestPrefix(rest, width, widthOf);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The longest prefix, in whole code points and at least one, that fits. */
    private static int longestPrefix(String word, double width, ToDoubleFunction<String> widthOf) {
        int end = word.offsetByCodePoints(0, 1);
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            if (widthOf.applyAsDouble(word.substring(0, next)) > width) {
                break;
            }
            end = next;
        }
        return end;
    }
}
