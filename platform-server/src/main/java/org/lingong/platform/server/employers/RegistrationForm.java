package org.lingong.platform.server.employers;

import java.util.Map;
import org.lingong.platform.server.pages.FormErrors;

/** The employer registration form, checked field by field. */
record RegistrationForm(String companyName, String creditCode, String contactName, String phone, String username,
                        String password) {

    static final int MIN_PASSWORD = org.lingong.platform.server.accounts.PasswordPolicy.MIN_EMPLOYER;

    /** The checked form, or null with {@code errors} filled (uniqueness is checked by the service). */
    static RegistrationForm parse(Map<String, String> in, FormErrors errors) {
        String company = PostingForm.text(in, "companyName", 100, "单位名称", errors);
        String code = CreditCode.normalize(in.get("creditCode"));
        if (code.isEmpty()) {
            errors.add("creditCode", "请填写统一社会信用代码");
        } else if (CreditCode.problem(code) != null) {
            errors.add("creditCode", CreditCode.problem(code));
        }
        String contact = PostingForm.text(in, "contactName", 40, "联系人", errors);
        String phone = in.getOrDefault("phone", "").replaceAll("[\\s-]", "");
        if (!phone.matches("1\\d{10}|0\\d{9,11}")) {
            errors.add("phone", "请填写手机号（11位）或带区号的固定电话");
        }
        String username = in.getOrDefault("username", "").strip();
        if (!username.matches("[A-Za-z0-9_.@-]{4,40}")) {
            errors.add("username", "登录名为4到40位字母、数字或 _ . @ -");
        }
        String password = in.getOrDefault("password", "");
        if (password.length() < MIN_PASSWORD || password.length() > 100) {
            errors.add("password", "密码至少" + MIN_PASSWORD + "位");
        } else if (!password.equals(in.get("password2"))) {
            errors.add("password2", "两次输入的密码不一致");
        }
        return errors.isEmpty() ? new RegistrationForm(company, code, contact, phone, username, password) : null;
    }

    @Override
    public String toString() {
        return "RegistrationForm[" + companyName + ", " + username + "]";
    }
}
