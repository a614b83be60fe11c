package io.contracthub.hub;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The contracts page: tier counts, filters, search and the XLSX export, read through the console as a VIEWER. */
class ConsoleContractListTest extends ConsoleTest {

    @Test
    void tierFilterKeepsOnlyThatTier() throws Exception {
        String number = claimedBySales(uniqueNumber(), "Han Meimei", "北方影像设备有限公司");
        page("/contracts?tier=RED&q=" + number).andExpect(content().string(listed(number)));
        page("/contracts?tier=GREEN&q=" + number).andExpect(content().string(not(listed(number))));
    }

    @Test
    void theListShowsCustomerRegionRepAndGross() throws Exception {
        String number = claimedBySales(uniqueNumber(), "Han Meimei", "北方影像设备有限公司");
        page("/contracts?q=" + number).andExpect(content().string(allOf("北方影像设备有限公司", "Shanghai", "Han Meimei",
                "2,712,001.07", "销售称已签")));
    }

    @Test
    void searchFindsAContractByPartOfItsCustomerName() throws Exception {
        String customer = "搜索" + uniqueNumber() + "医院";
        String number = claimedBySales(uniqueNumber(), "Li Lei", customer);
        page("/contracts?q=" + customer.substring(2, 10)).andExpect(content().string(listed(number)));
    }

    @Test
    void repFilterKeepsOnlyThatRepsContracts() throws Exception {
        String rep = "Rep " + uniqueNumber();
        String mine = claimedBySales(uniqueNumber(), rep, "客户甲");
        String someoneElses = claimedBySales(uniqueNumber(), "Li Lei", "客户乙");
        page("/contracts?rep=" + rep).andExpect(content().string(listed(mine)))
                .andExpect(content().string(not(listed(someoneElses))));
    }

    @Test
    void aContractThatJustChangedIsNotLongerThanOneHourInItsState() throws Exception {
        String number = claimedBySales(uniqueNumber(), "Li Lei", "客户丙");
        page("/contracts?olderThanHours=1&q=" + number).andExpect(content().string(not(listed(number))));
    }

    @Test
    void theTierCountsAreShownAtTheTop() throws Exception {
        claimedBySales(uniqueNumber(), "Li Lei", "客户丁");
        long red = jdbc.queryForObject("SELECT COUNT(*) FROM contract WHERE tier = 'RED'", Long.class);
        page("/contracts").andExpect(content().string(containsString("id=\"count-RED\"")))
                .andExpect(content().string(containsString("<span class=\"n\">" + red + "</span>")));
    }

    @Test
    void theExportHoldsTheFilteredContracts() throws Exception {
        String rep = "Export " + uniqueNumber();
        String number = claimedBySales(uniqueNumber(), rep, "导出客户");
        byte[] xlsx = mvc.perform(get("/contracts/export.xlsx").param("rep", rep).with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> numbers = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                numbers.add(sheet.getRow(r).getCell(2).getStringCellValue());
            }
            assertThat(numbers).containsExactly(number);
        }
    }

    private org.springframework.test.web.servlet.ResultActions page(String url) throws Exception {
        return mvc.perform(get(url).with(user("viewer").roles("VIEWER"))).andExpect(status().isOk());
    }

    /** The contract's number as a link in the table (the search box may echo it too). */
    private static org.hamcrest.Matcher<String> listed(String number) {
        return containsString(">" + number + "</a>");
    }

    private static org.hamcrest.Matcher<String> allOf(String... parts) {
        return org.hamcrest.Matchers.allOf(java.util.Arrays.stream(parts).map(org.hamcrest.Matchers::containsString).toList()
                .toArray(org.hamcrest.Matcher[]::new));
    }
}
