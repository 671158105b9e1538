package org.lingong.platform.server.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lingong.platform.api.enrollment.EnrollmentCode;
import org.lingong.platform.api.enrollment.EnrollmentCodeRequest;
import org.lingong.platform.server.accounts.AccountService;
import org.lingong.platform.server.accounts.NewAccount;
import org.lingong.platform.server.accounts.RegionCodes;
import org.lingong.platform.server.accounts.Role;
import org.lingong.platform.server.accounts.SignedIn;
import org.lingong.platform.server.audit.AuditLog;
import org.lingong.platform.server.enrollment.EnrollmentService;
import org.lingong.platform.server.pages.FormErrors;
import org.lingong.platform.server.stations.Station;
import org.lingong.platform.server.stations.StationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Console actions that join two features: enrollment codes for a station, accounts for a region or station. */
@Service
class ConsoleDesk {

    static final int MIN_STAFF_PASSWORD = org.lingong.platform.server.accounts.PasswordPolicy.MIN_STAFF;

    private final StationService stations;
    private final EnrollmentService enrollment;
    private final AccountService accounts;
    private final AuditLog audit;

    ConsoleDesk(StationService stations, EnrollmentService enrollment, AccountService accounts, AuditLog audit) {
        this.stations = stations;
        this.enrollment = enrollment;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** A one-time enrollment code for a station of the operator's region; empty if the station is not theirs. */
    @Transactional
    Optional<EnrollmentCode> issueCode(SignedIn operator, String stationCode, int validHours) {
        Optional<Station> station = stations.find(operator.regionPrefix(), stationCode);
        if (station.isEmpty()) {
            return Optional.empty();
        }
        EnrollmentCode code = enrollment.createCode(new EnrollmentCodeRequest(stationCode, validHours));
        audit.record(operator.username(), "enrollment.code", "station:" + stationCode,
                "发放终端注册码，有效 " + validHours + " 小时", station.get().districtCode());
        return Optional.of(code);
    }

    /** Creates an operator (of a region inside the operator's) or station staff (of a station there). */
    @Transactional
    void createAccount(SignedIn operator, Map<String, String> form, FormErrors errors) {
        String username = form.getOrDefault("username", "").strip();
        String name = form.getOrDefault("displayName", "").strip();
        String password = form.getOrDefault("password", "");
        String role = form.getOrDefault("role", "");
        String scope = form.getOrDefault("scope", "").strip().toUpperCase(java.util.Locale.ROOT);
        if (!username.matches("[A-Za-z0-9_.@-]{4,40}")) {
            errors.add("username", "登录名为4到40位字母、数字或 _ . @ -");
        } else if (accounts.exists(username)) {
            errors.add("username", "该登录名已被使用");
        }
        if (name.isEmpty() || name.length() > 60) {
            errors.add("displayName", "请填写姓名（最多60字）");
        }
        if (password.length() < MIN_STAFF_PASSWORD || password.length() > 100) {
            errors.add("password", "密码至少" + MIN_STAFF_PASSWORD + "位");
        }
        NewAccount account = null;
        if (Role.OPERATOR.name().equals(role)) {
            if (!RegionCodes.isWellFormed(scope) || !scope.startsWith(operator.regionPrefix())) {
                errors.add("scope", "经办人员的辖区应为您辖区内的行政区划代码，例如 150200 或 150203");
            } else {
                account = new NewAccount(username, password, Role.OPERATOR, name, scope, null, null);
            }
        } else if (Role.STATION_STAFF.name().equals(role)) {
            if (stations.find(operator.regionPrefix(), scope).isEmpty()) {
                errors.add("scope", "驿站工作人员应填写您辖区内的驿站编号");
            } else {
                account = new NewAccount(username, password, Role.STATION_STAFF, name, null, scope, null);
            }
        } else {
            errors.add("role", "请选择角色");
        }
        if (errors.isEmpty()) {
            accounts.create(operator.username(), account);
        }
    }

    /** Unlocks an account the operator may see. */
    @Transactional
    boolean unlock(SignedIn operator, String username) {
        List<String> mine = new ArrayList<>();
        accounts.staffUnder(operator.regionPrefix()).forEach(a -> mine.add(a.username()));
        if (!mine.contains(username)) {
            return false;
        }
        accounts.unlock(operator.username(), username);
        return true;
    }
}
