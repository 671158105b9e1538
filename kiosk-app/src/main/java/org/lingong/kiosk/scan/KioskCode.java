package org.lingong.kiosk.scan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lingong.kiosk.recognition.WorkerCodes;
import org.lingong.platform.api.token.ReferralLink;

/**
 * What a scanned code is, told from its text alone (no signature or MAC is checked here). The formats:
 *
 * <ul>
 *   <li>job poster: {@code LGJOB1:<jobId>} or an https URL whose path ends {@code /jobs/<jobId>} (optionally
 *       followed by one {@code /}), {@code jobId} 1-18 digits;</li>
 *   <li>worker code issued by a kiosk: {@code LGW1.<workerRef>.<mac>} (see {@link WorkerCodes});</li>
 *   <li>referral slip: the platform's slip check link {@code <platform>/v/LG1.<base64url>} or the bare signed token
 *       {@code LG1.<base64url>} of older slips ({@code ReferralLink}, {@code ReferralTokenCodec});</li>
 *   <li>anything else is {@link Other}.</li>
 * </ul>
 */
public sealed interface KioskCode {

    String JOB_PREFIX = "LGJOB1:";

    record JobCode(long jobId) implements KioskCode {
    }

    record WorkerCode(String text) implements KioskCode {
        @Override
        public String toString() {
            return "WorkerCode[" + text.length() + " chars]";
        }
    }

    record SlipToken(String token) implements KioskCode {
        @Override
        public String toString() {
            return "SlipToken[" + token.length() + " chars]";
        }
    }

    record Other() implements KioskCode {
    }

    /** A short name of the kind, for logs. */
    default String kind() {
        return getClass().getSimpleName();
    }

    static KioskCode of(String scanned) {
        String text = scanned.strip();
        Matcher job = JobCodes.PLAIN.matcher(text);
        if (job.matches()) {
            return new JobCode(Long.parseLong(job.group(1)));
        }
        Matcher url = JobCodes.URL.matcher(text);
        if (url.matches()) {
            return new JobCode(Long.parseLong(url.group(1)));
        }
        if (text.startsWith(WorkerCodes.PREFIX)) {
            return new WorkerCode(text);
        }
        return ReferralLink.tokenIn(text).<KioskCode>map(SlipToken::new).orElseGet(Other::new);
    }

    /** The job-code patterns. */
    final class JobCodes {
        static final Pattern PLAIN = Pattern.compile(Pattern.quote(JOB_PREFIX) + "([1-9][0-9]{0,17})");
        static final Pattern URL = Pattern.compile("https://[A-Za-z0-9.-]+(?::[0-9]{1,5})?(?:/[A-Za-z0-9._~%-]+)*"
                + "/jobs/([1-9][0-9]{0,17})/?");

        private JobCodes() {
        }
    }
}
