package org.lingong.platform.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.lingong.platform.server.stations.Station;
import org.lingong.platform.server.testing.BrowserTestSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * 预约日历 in a real browser (headless chromium): 包头's operator opens a station's calendar from the 驿站 list,
 * closes Saturdays, gives four seats, sees a wrong time refused in Chinese beside its field, adds a holiday and removes
 * it again. With {@code -Dconsole.screenshots=DIR} the page is saved at desktop and phone width.
 */
class StationCalendarBrowserTest extends OperatorBrowserTest {

    StationCalendarBrowserTest() {
        super("browser-calendar");
    }

    @Test
    void operatorEditsAStationsCalendarFromTheStationsList() {
        Station station = new Station("NM-150203-W" + ThreadLocalRandom.current().nextInt(10_000, 100_000),
                "浏览器日历驿站", "1502", "150203", "昆区日历路3号");
        stations.save(station);
        String path = "/console/calendars/" + station.code();
        ChromeDriver o = operator.driver();

        steps.logIn(o, "browser-calendar");
        steps.open(o, "/console/stations");
        BrowserTestSupport.clickAndAwaitNewPage(o, By.cssSelector("#stations a[href='" + path + "']"));
        assertThat(o.findElement(By.tagName("h1")).getText()).isEqualTo("预约日历 " + station.code());
        assertThat(o.findElement(By.id("day6")).isSelected()).as("the template opens Saturdays").isTrue();

        o.findElement(By.id("day6")).click();
        ConsoleSteps.type(o, "seats", "4");
        ConsoleSteps.setValue(o, "afternoonEnd", "13:00");
        ConsoleSteps.submit(o);
        assertThat(o.findElement(By.id("afternoonEnd-error")).getText()).isEqualTo("下午的结束时间须晚于开始时间");
        assertThat(o.findElement(By.id("day6")).isSelected()).as("the posted form is shown again").isFalse();

        ConsoleSteps.setValue(o, "afternoonEnd", "17:30");
        ConsoleSteps.submit(o);
        assertThat(o.getCurrentUrl()).endsWith(path + "?saved");
        assertThat(o.findElement(By.id("saved")).getText()).startsWith("日历已保存");
        assertThat(o.findElement(By.id("day6")).isSelected()).isFalse();
        assertThat(o.findElement(By.id("seats")).getAttribute("value")).isEqualTo("4");
        assertThat(o.findElement(By.id("afternoonEnd")).getAttribute("value")).isEqualTo("17:30");

        LocalDate holiday = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(20);
        ConsoleSteps.setValue(o, "date", holiday.toString());
        BrowserTestSupport.clickAndAwaitNewPage(o, By.cssSelector("form[action='" + path + "/closed'] button"));
        assertThat(o.findElement(By.id("closed-dates")).getText()).contains(holiday.toString());
        steps.shoot(operator, "console-station-calendar");

        BrowserTestSupport.clickAndAwaitNewPage(o, By.id("reopen-" + holiday));
        assertThat(o.findElement(By.id("closed-dates")).getText()).doesNotContain(holiday.toString());
    }
}
