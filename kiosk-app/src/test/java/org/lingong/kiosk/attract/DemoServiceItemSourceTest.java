package org.lingong.kiosk.attract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

class DemoServiceItemSourceTest {

    @Test
    void demoListHoldsTheBasicPublicEmploymentServicesWithUniqueCodes() throws Exception {
        List<ServiceItem> items = new DemoServiceItemSource().serviceItems();

        assertThat(items).hasSize(10);
        assertThat(items).extracting(ServiceItem::chineseName)
                .contains("求职登记", "失业登记", "就业困难人员认定", "职业介绍", "职业指导", "创业服务",
                        "职业培训报名", "灵活就业社保补贴申领", "政策咨询");
        assertThat(items).extracting(ServiceItem::code).doesNotHaveDuplicates();
        assertThat(items).allSatisfy(item -> assertThat(item.englishName()).isNotBlank());
    }

    @Test
    void aLineWithoutANameIsRejectedWithItsLineNumber() {
        String text = "# comment\nJY-01\t求职登记\nJY-02\n";

        assertThatThrownBy(() -> DemoServiceItemSource.parse(new BufferedReader(new StringReader(text))))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("line 3");
    }

    @Test
    void englishNameIsOptional() throws IOException {
        List<ServiceItem> items = DemoServiceItemSource.parse(new BufferedReader(new StringReader("JY-09\t政策咨询\n")));

        assertThat(items).containsExactly(new ServiceItem("JY-09", "政策咨询", null));
    }
}
