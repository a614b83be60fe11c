package io.contracthub.model;

/**
 * The 18-character unified social credit code of GB 32100-2015.
 *
 * <p>Characters come from a 31-symbol alphabet (digits and upper-case letters without I, O, Z, S, V,
 * which are too easily confused with digits). Position i of the first 17 carries weight 3^i mod 31;
 * the 18th character is the symbol whose value is 31 - (weighted sum mod 31), with 31 mapped to '0'.
 * Lower case is not accepted: the standard defines upper case only, and callers should normalise
 * input they consider trustworthy rather than have this check guess.
 */
public final class UnifiedSocialCreditCode {

    public static final int LENGTH = 18;
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private UnifiedSocialCreditCode() {
    }

    public static boolean isValid(String code) {
        if (code == null || code.length() != LENGTH || !allInAlphabet(code)) {
            return false;
        }
        return checkCharacter(code.substring(0, LENGTH - 1)) == code.charAt(LENGTH - 1);
    }

    /** @throws IllegalArgumentException unless {@code first17} is 17 characters of the code alphabet */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != WEIGHTS.length || !allInAlphabet(first17)) {
            throw new IllegalArgumentException("expected 17 characters of " + ALPHABET + " but got " + first17);
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    private static boolean allInAlphabet(String text) {
        return text.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }
}
