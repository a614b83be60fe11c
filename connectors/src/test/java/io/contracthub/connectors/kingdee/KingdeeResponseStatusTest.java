package io.contracthub.connectors.kingdee;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KingdeeResponseStatusTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void readsSuccessAndTheMisspelledSuccessEntitys() throws Exception {
        KingdeeResponseStatus status = KingdeeResponseStatus.of(json.readTree("""
                {"Result":{"ResponseStatus":{"IsSuccess":true,"Errors":[],
                  "SuccessEntitys":[{"Id":100001,"Number":"XSDD000123","DIndex":0}]},"Id":100001,"Number":"XSDD000123"}}"""));

        assertThat(status.success()).isTrue();
        assertThat(status.numbers()).containsExactly("XSDD000123");
    }

    @Test
    void readsErrorsWithTheFieldTheyConcern() throws Exception {
        KingdeeResponseStatus status = KingdeeResponseStatus.of(json.readTree("""
                {"Result":{"ResponseStatus":{"ErrorCode":500,"IsSuccess":false,
                  "Errors":[{"FieldName":"FCustId","Message":"客户不存在","DIndex":0}],"SuccessEntitys":[]}}}"""));

        assertThat(status.success()).isFalse();
        assertThat(status.errorCode()).isEqualTo("500");
        assertThat(status.message()).isEqualTo("FCustId: 客户不存在");
    }

    @Test
    void findsTheSessionLostErrorNestedInAQueryAnswer() throws Exception {
        KingdeeResponseStatus status = KingdeeResponseStatus.ofQuery(json.readTree("""
                [[{"Result":{"ResponseStatus":{"ErrorCode":500,"IsSuccess":false,
                  "Errors":[{"FieldName":"","Message":"会话信息已丢失，请重新登录","DIndex":0}]}}}]]"""));

        assertThat(status.success()).isFalse();
        assertThat(status.mentions("会话信息已丢失")).isTrue();
    }

    @Test
    void queryRowsAreASuccess() throws Exception {
        assertThat(KingdeeResponseStatus.ofQuery(json.readTree("[[\"HUB0123\",\"C\"]]")).success()).isTrue();
        assertThat(KingdeeResponseStatus.ofQuery(json.readTree("[]")).success()).isTrue();
    }
}
