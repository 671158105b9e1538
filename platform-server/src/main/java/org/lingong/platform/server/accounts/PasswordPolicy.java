package org.lingong.platform.server.accounts;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one password rule, for registration, account creation and password change: at least 10 characters for
 * employers, 12 for operators and station staff, at most 100.
 */
public final class PasswordPolicy {

    public static final int MIN_EMPLOYER = 10;
    public static final int MIN_STAFF = 12;
    public static final int MAX = 100;

    private PasswordPolicy() {
    }

    public static int minLength(Role role) {
        return role == Role.EMPLOYER ? MIN_EMPLOYER : MIN_STAFF;
    }

    /** The message for a new password typed twice, by field ({@code password}, {@code password2}); empty if fine. */
    public static Map<String, String> check(Role role, String password, String repeated) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (password == null || password.length() < minLength(role) || password.length() > MAX) {
            errors.put("password", "密码至少" + minLength(role) + "位，最多" + MAX + "位");
        } else if (!password.equals(repeated)) {
            errors.put("password2", "两次输入的密码不一致");
        }
        return errors;
    }
}
