package io.contracthub.hub.document;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChineseAmountInWordsTest {

    @Test
    void wholeYuanEndWithZheng() {
        assertThat(words("2712000.00")).isEqualTo("贰佰柒拾壹万贰仟元整");
        assertThat(words("10")).isEqualTo("壹拾元整");
    }

    @Test
    void aRunOfZerosIsOneLing() {
        assertThat(words("2712001.07")).isEqualTo("贰佰柒拾壹万贰仟零壹元零柒分");
        assertThat(words("100001000")).isEqualTo("壹亿零壹仟元整");
        assertThat(words("1010")).isEqualTo("壹仟零壹拾元整");
        assertThat(words("100000")).isEqualTo("壹拾万元整");
        assertThat(words("10500")).isEqualTo("壹万零伍佰元整");
    }

    @Test
    void jiaoAndFen() {
        assertThat(words("1.50")).isEqualTo("壹元伍角整");
        assertThat(words("0.05")).isEqualTo("伍分");
        assertThat(words("0.35")).isEqualTo("叁角伍分");
        assertThat(words("0")).isEqualTo("零元整");
    }

    @Test
    void negativeAmountsHaveNoCapitals() {
        assertThatThrownBy(() -> words("-1")).isInstanceOf(IllegalArgumentException.class);
    }

    private static String words(String amount) {
        return ChineseAmountInWords.of(new BigDecimal(amount));
    }
}
