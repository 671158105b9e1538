package org.lingong.platform.api.appointments;

/** The services a worker can book at a station (基层公共就业服务). Wire form: the constant name. */
public enum AppointmentService {
    /** 职业指导 */
    CAREER_GUIDANCE,
    /** 创业服务 */
    BUSINESS_START,
    /** 政策咨询 */
    POLICY_ADVICE,
    /** 上门服务: staff visit the worker */
    HOME_VISIT,
    /** 代办: an errand done on the worker's behalf */
    ERRAND,
    /** 远程视频: a video call with a counsellor */
    REMOTE_VIDEO
}
