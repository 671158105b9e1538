package org.lingong.kiosk.content;

import org.lingong.platform.api.events.SignUpTarget;

/** The message keys that differ by kind, spelt out so that the bundle test sees every one. */
final class ContentKeys {

    private ContentKeys() {
    }

    static String title(SignUpTarget target) {
        return switch (target) {
            case TRAINING -> "content.title.TRAINING";
            case JOB_FAIR, LIVE_SESSION -> "content.title.JOB_FAIR";
        };
    }

    static String tab(SignUpTarget target) {
        return switch (target) {
            case TRAINING -> "content.title.TRAINING";
            case JOB_FAIR -> "content.tab.JOB_FAIR";
            case LIVE_SESSION -> "content.tab.LIVE_SESSION";
        };
    }

    static String organiser(SignUpTarget target) {
        return switch (target) {
            case TRAINING -> "content.fact.organiser.TRAINING";
            case JOB_FAIR -> "content.fact.organiser.JOB_FAIR";
            case LIVE_SESSION -> "content.fact.organiser.LIVE_SESSION";
        };
    }

    static String place(SignUpTarget target) {
        return switch (target) {
            case TRAINING -> "content.fact.place.TRAINING";
            case JOB_FAIR -> "content.fact.place.JOB_FAIR";
            case LIVE_SESSION -> "content.fact.place.LIVE_SESSION";
        };
    }

    static String signUp(SignUpTarget target) {
        return switch (target) {
            case TRAINING -> "content.signUp.TRAINING";
            case JOB_FAIR -> "content.signUp.JOB_FAIR";
            case LIVE_SESSION -> "content.signUp.LIVE_SESSION";
        };
    }

    static String noneYet(SignUpTarget target) {
        return switch (target) {
            case TRAINING -> "content.none.TRAINING";
            case JOB_FAIR -> "content.none.JOB_FAIR";
            case LIVE_SESSION -> "content.none.LIVE_SESSION";
        };
    }

    static String noneUpcoming(SignUpTarget target) {
        return switch (target) {
            case TRAINING -> "content.noneUpcoming.TRAINING";
            case JOB_FAIR -> "content.noneUpcoming.JOB_FAIR";
            case LIVE_SESSION -> "content.noneUpcoming.LIVE_SESSION";
        };
    }
}
