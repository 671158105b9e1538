package org.lingong.platform.server.testing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lingong.platform.server.accounts.AccountService;
import org.lingong.platform.server.accounts.NewAccount;
import org.lingong.platform.server.accounts.Role;

/** Accounts and form values the console tests share: operators of 呼和浩特 and 包头, employer registrations, a job. */
public final class ConsolePeople {

    public static final String PASSWORD = "test-password-1";
    /** Valid 统一社会信用代码 (check characters by GB 32100-2015), one per test employer: every test class sharing a
     * Spring context (one database) must use its own; index 6 is the browser test's, 7 the OpenAPI conformance test's. */
    public static final String[] CREDIT_CODES = {"91150203MA0N00001K", "91150203MA0N00002N", "91150203MA0N00003R", "91150203MA0N00004W", "91150203MA0N000050", "91150203MA0N000063", "91150203MA0N000076", "91150203MA0N000089"};

    private ConsolePeople() {
    }

    /** Creates an operator of {@code region} (6-digit code) unless it exists. */
    public static void operator(AccountService accounts, String username, String region) {
        if (!accounts.exists(username)) {
            accounts.create("test", new NewAccount(username, PASSWORD, Role.OPERATOR, "测试经办 " + region, region, null, null));
        }
    }

    public static Map<String, String> registration(String company, String creditCode, String username) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("companyName", company);
        form.put("creditCode", creditCode);
        form.put("contactName", "王经理");
        form.put("phone", "13800471234");
        form.put("username", username);
        form.put("password", PASSWORD);
        form.put("password2", PASSWORD);
        return form;
    }

    /** A job in {@code districtCode} running from tomorrow for a week. */
    public static Map<String, String> job(String title, String districtCode) {
        Map<String, String> form = new LinkedHashMap<>();
        LocalDate start = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1);
        form.put("title", title);
        form.put("category", "玉米收割工");
        form.put("districtCode", districtCode);
        form.put("address", "昆区测试村东头");
        form.put("payAmount", "35");
        form.put("payUnit", "MU");
        form.put("headcount", "6");
        form.put("startDate", start.toString());
        form.put("endDate", start.plusDays(7).toString());
        form.put("workHours", "06:00-18:00");
        form.put("requirements", "能下地干活");
        form.put("meals", "on");
        return form;
    }
}
