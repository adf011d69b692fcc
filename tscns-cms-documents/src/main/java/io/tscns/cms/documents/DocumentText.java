package io.tscns.cms.documents;

import java.util.List;

/** Normalisation and checks of the free text a document prints (names, references, places). */
final class DocumentText {

    private DocumentText() {}

    /**
     * Trims a name or free text and checks it: not blank, at most {@code maxLength} characters, no control character
     * and no lone surrogate.
     *
     * @throws DocumentException with the problem found
     */
    static String name(String field, String value, int maxLength) {
        if (value == null) {
            throw new NullPointerException(field);
        }
        String text = value.strip();
        if (text.isEmpty()) {
            throw new DocumentException(List.of(new DocumentProblem.Blank(field)));
        }
        if (text.length() > maxLength) {
            throw new DocumentException(List.of(new DocumentProblem.TooLong(field, maxLength)));
        }
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int codePoint = text.codePointAt(i);
            if (Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.SURROGATE) {
                throw new DocumentException(List.of(new DocumentProblem.ControlCharacter(field, i + 1)));
            }
        }
        return text;
    }
}
