package org.lingong.platform.server.accounts;

/** What a signed-in person may do; the Spring Security authority is {@code ROLE_} + the name. */
public enum Role {
    /** A province, 盟市 or 旗县 employment bureau operator: sees and vets only their region. */
    OPERATOR("经办人员"),
    /** Staff of one 零工驿站. */
    STATION_STAFF("驿站工作人员"),
    /** A company that posts jobs for review. */
    EMPLOYER("用工单位");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
