package io.contracthub.hub.document;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount in Chinese financial capitals (大写金额) as written on contracts and cheques: 壹贰叁…, 拾佰仟 within a group of
 * four digits, 万 and 亿 between groups, one 零 for any run of zeros, 元 角 分, and 整 when there are no fen.
 */
public final class ChineseAmountInWords {

    private static final char[] DIGITS = "零壹贰叁肆伍陆柒捌玖".toCharArray();
    private static final String[] PLACES = {"", "拾", "佰", "仟"};
    private static final String[] GROUPS = {"", "万", "亿", "万亿"};

    private ChineseAmountInWords() {
    }

    /** @throws IllegalArgumentException for a negative amount or one of 10^16 yuan and more */
    public static String of(BigDecimal amount) {
        BigDecimal fen = amount.setScale(2, RoundingMode.HALF_UP).movePointRight(2);
        if (fen.signum() < 0 || fen.compareTo(BigDecimal.TEN.pow(18)) >= 0) {
            throw new IllegalArgumentException("No capitals for " + amount);
        }
        long allFen = fen.longValueExact();
        long yuan = allFen / 100;
        int jiao = (int) (allFen / 10 % 10);
        int cents = (int) (allFen % 10);
        StringBuilder words = new StringBuilder();
        if (yuan > 0) {
            words.append(yuan(yuan)).append('元');
        }
        if (jiao > 0) {
            words.append(DIGITS[jiao]).append('角');
        } else if (yuan > 0 && cents > 0) {
            words.append('零');
        }
        if (cents > 0) {
            words.append(DIGITS[cents]).append('分');
        } else {
            words.append(yuan == 0 && jiao == 0 ? "零元整" : "整");
        }
        return words.toString();
    }

    private static String yuan(long yuan) {
        StringBuilder words = new StringBuilder();
        boolean zeroPending = false;
        for (int group = GROUPS.length - 1; group >= 0; group--) {
            int value = (int) (yuan / pow10000(group) % 10_000);
            if (value == 0) {
                zeroPending = words.length() > 0;
                continue;
            }
            if (words.length() > 0 && (zeroPending || value < 1000)) {
                words.append('零');
            }
            words.append(group(value)).append(GROUPS[group]);
            zeroPending = false;
        }
        return words.toString();
    }

    private static String group(int value) {
        StringBuilder words = new StringBuilder();
        boolean zeroPending = false;
        for (int place = 3; place >= 0; place--) {
            int digit = value / (int) Math.pow(10, place) % 10;
            if (digit == 0) {
                zeroPending = words.length() > 0;
                continue;
            }
            if (zeroPending) {
                words.append('零');
                zeroPending = false;
            }
            words.append(DIGITS[digit]).append(PLACES[place]);
        }
        return words.toString();
    }

    private static long pow10000(int group) {
        long power = 1;
        for (int i = 0; i < group; i++) {
            power *= 10_000;
        }
        return power;
    }
}
