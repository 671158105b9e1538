package org.lingong.devices.printer.codec;

import java.util.HexFormat;
import java.util.Set;

/** The meaning of one status reply: decoded flags, or bytes that are not a valid reply. */
public sealed interface StatusReply {

    /**
     * A well-formed reply.
     *
     * @param conditions flags this reply reports (a DLE EOT 1 reply reports ONLINE or OFFLINE; others only flags that are set)
     * @param errors     error causes (DLE EOT 3, ASB byte 2)
     */
    record Decoded(Set<PrinterCondition> conditions, Set<PrinterErrorCause> errors) implements StatusReply {
        public Decoded {
            conditions = Set.copyOf(conditions);
            errors = Set.copyOf(errors);
        }
    }

    /**
     * Bytes that break the fixed-bit pattern ({@code 0xx1xx10} for DLE EOT, {@code 0xx1xx00} for ASB byte 1).
     *
     * @param raw    the offending bytes
     * @param reason which rule they break
     */
    record Invalid(byte[] raw, String reason) implements StatusReply {
        public Invalid {
            raw = raw.clone();
        }

        @Override
        public byte[] raw() {
            return raw.clone();
        }

        @Override
        public String toString() {
            return "Invalid[" + HexFormat.ofDelimiter(" ").formatHex(raw) + ": " + reason + "]";
        }
    }
}
