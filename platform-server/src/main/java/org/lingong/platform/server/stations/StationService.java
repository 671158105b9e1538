package org.lingong.platform.server.stations;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lingong.platform.server.audit.AuditLog;
import org.lingong.platform.server.seed.Division;
import org.lingong.platform.server.seed.Divisions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stations as the console manages them: each in a GB/T 2260 旗县区, seen and changed only by operators of its region. */
@Service
public class StationService {

    /** A field and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    private final StationRepository stations;
    private final AuditLog audit;

    StationService(StationRepository stations, AuditLog audit) {
        this.stations = stations;
        this.audit = audit;
    }

    public List<Station> under(String districtPrefix) {
        return stations.under(districtPrefix);
    }

    public Optional<Station> find(String districtPrefix, String code) {
        return stations.find(code).filter(s -> s.districtCode().startsWith(districtPrefix));
    }

    /**
     * Creates ({@code existingCode} null) or changes a station from the form; the errors by field if the form is not
     * right or the district lies outside {@code districtPrefix}.
     */
    @Transactional
    public List<FieldError> save(String actor, String districtPrefix, String existingCode, Map<String, String> form) {
        String code = existingCode != null ? existingCode : form.getOrDefault("code", "").strip().toUpperCase(java.util.Locale.ROOT);
        String name = form.getOrDefault("name", "").strip();
        String district = form.getOrDefault("districtCode", "").strip();
        String address = form.getOrDefault("address", "").strip();
        java.util.ArrayList<FieldError> errors = new java.util.ArrayList<>();
        if (existingCode == null && !code.matches("[A-Z0-9-]{3,32}")) {
            errors.add(new FieldError("code", "驿站编号为3到32位大写字母、数字或 -"));
        } else if (existingCode == null && stations.find(code).isPresent()) {
            errors.add(new FieldError("code", "该编号已被使用"));
        }
        if (name.isEmpty() || name.length() > 120) {
            errors.add(new FieldError("name", "请填写驿站名称（最多120字）"));
        }
        Optional<Division> division = Divisions.innerMongolia().find(district).filter(d -> d.kind().isCountyLevel());
        if (division.isEmpty()) {
            errors.add(new FieldError("districtCode", "请选择驿站所在旗县区"));
        } else if (!district.startsWith(districtPrefix)) {
            errors.add(new FieldError("districtCode", "该旗县区不在您的辖区"));
        }
        if (address.isEmpty() || address.length() > 200) {
            errors.add(new FieldError("address", "请填写地址（最多200字）"));
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        stations.save(new Station(code, name, district.substring(0, 4), district, address));
        audit.record(actor, existingCode == null ? "station.create" : "station.update", "station:" + code,
                name + " " + division.get().name() + " " + address, district);
        return List.of();
    }

    /** Deletes a station of the region; a message if it cannot go (terminals, staff or slips still name it). */
    @Transactional
    public Optional<String> delete(String actor, String districtPrefix, String code) {
        Optional<Station> station = find(districtPrefix, code);
        if (station.isEmpty()) {
            return Optional.of("没有这个驿站，或它不在您的辖区");
        }
        if (stations.references(code) > 0) {
            return Optional.of("该驿站还有终端、工作人员账户或推荐记录，不能删除；可停用其终端");
        }
        stations.delete(code);
        audit.record(actor, "station.delete", "station:" + code, station.get().name(), station.get().districtCode());
        return Optional.empty();
    }
}
