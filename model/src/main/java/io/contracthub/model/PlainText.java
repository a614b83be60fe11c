package io.contracthub.model;

/**
 * Text that other systems show, print and search as it is: no control characters, no invisible formatting characters
 * (bidirectional marks and overrides, zero-width characters), no unassigned or private-use code points, and none of
 * the characters that start markup in HTML or XML. A contract number with any of them could look like another one,
 * or inject markup where it is displayed.
 */
final class PlainText {

    private static final String MARKUP = "<>&\"'`";

    private PlainText() {
    }

    static boolean isPlain(String text) {
        return text.codePoints().allMatch(PlainText::isPlain);
    }

    private static boolean isPlain(int codePoint) {
        if (MARKUP.indexOf(codePoint) >= 0) {
            return false;
        }
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.PRIVATE_USE, Character.SURROGATE, Character.UNASSIGNED -> false;
            default -> true;
        };
    }
}
