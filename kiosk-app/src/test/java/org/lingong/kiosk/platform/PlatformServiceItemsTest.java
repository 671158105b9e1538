package org.lingong.kiosk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lingong.kiosk.attract.ServiceItem;
import org.lingong.kiosk.attract.ServiceItemSource;
import org.lingong.kiosk.i18n.KioskLanguage;
import org.lingong.kiosk.i18n.MongolianShaping;

class PlatformServiceItemsTest {

    private static final List<ServiceItem> FALLBACK = List.of(new ServiceItem("D1", "演示事项", "Demo item"));
    private static final ServiceItemSource FALLBACK_SOURCE = () -> FALLBACK;

    @Test
    void thePlatformsItemsAreShownInItsSortOrder() throws Exception {
        PlatformServiceItems items = new PlatformServiceItems(() -> Optional.of(List.of(
                new org.lingong.platform.api.content.ServiceItem(7, "职业介绍", "介绍工作", 2),
                new org.lingong.platform.api.content.ServiceItem(3, "失业登记", "登记", 1))), FALLBACK_SOURCE);

        assertThat(items.serviceItems()).containsExactly(
                new ServiceItem("3", "失业登记", null), new ServiceItem("7", "职业介绍", null));
    }

    @Test
    void anItemsMongolianNameIsShownInMongolianAndAnItemWithoutOneInChinese() throws Exception {
        PlatformServiceItems items = new PlatformServiceItems(() -> Optional.of(List.of(
                new org.lingong.platform.api.content.ServiceItem(3, "失业登记", "登记", 1, "ᠠᠵᠢᠯ ᠦᠭᠡᠢ"),
                new org.lingong.platform.api.content.ServiceItem(7, "职业介绍", "介绍工作", 2))), FALLBACK_SOURCE);

        assertThat(items.serviceItems()).extracting(item -> item.name(KioskLanguage.MN))
                .containsExactly(MongolianShaping.shape("ᠠᠵᠢᠯ ᠦᠭᠡᠢ"), "职业介绍");
        assertThat(items.serviceItems()).extracting(item -> item.name(KioskLanguage.ZH_CN))
                .containsExactly("失业登记", "职业介绍");
    }

    @Test
    void withoutAContentBundleTheFallbackListIsShown() throws Exception {
        PlatformServiceItems items = new PlatformServiceItems(Optional::empty, FALLBACK_SOURCE);

        assertThat(items.serviceItems()).isEqualTo(FALLBACK);
    }

    @Test
    void aBundleWithoutNamedItemsFallsBackAndNamelessItemsAreSkipped() throws Exception {
        assertThat(new PlatformServiceItems(() -> Optional.of(List.of()), FALLBACK_SOURCE).serviceItems())
                .isEqualTo(FALLBACK);
        assertThat(new PlatformServiceItems(() -> Optional.of(List.of(
                new org.lingong.platform.api.content.ServiceItem(1, " ", null, 1),
                new org.lingong.platform.api.content.ServiceItem(2, "就业指导", null, 2))), FALLBACK_SOURCE).serviceItems())
                .containsExactly(new ServiceItem("2", "就业指导", null));
    }
}
