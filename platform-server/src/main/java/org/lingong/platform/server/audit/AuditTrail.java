package org.lingong.platform.server.audit;

import java.util.List;
import org.springframework.stereotype.Service;

/** Reading the audit log, for the console's 操作记录 page. */
@Service
public class AuditTrail {

    private final AuditLog log;

    AuditTrail(AuditLog log) {
        this.log = log;
    }

    public List<AuditEntry> latest(String regionPrefix, int limit) {
        return log.latest(regionPrefix, limit);
    }
}
