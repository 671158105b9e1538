package org.lingong.devices.transport.serial;

import com.fazecast.jSerialComm.SerialPort;
import org.lingong.devices.transport.TransportException;
import org.lingong.devices.transport.TransportException.Reason;

/** Maps {@link SerialSettings} onto jSerialComm's integer constants and applies them to an open port. */
final class SerialLineConfig {

    private SerialLineConfig() {
    }

    static void apply(SerialPort port, SerialSettings s) throws TransportException {
        boolean ok = port.setComPortParameters(s.baud(), s.dataBits(), stopBits(s.stopBits()), parity(s.parity()))
                && port.setFlowControl(flowControl(s.flowControl()));
        if (!ok) {
            throw new TransportException(Reason.UNAVAILABLE, "cannot configure " + s.describe() + " ("
                    + s.frameFormat() + ") [errno " + port.getLastErrorCode() + "]");
        }
    }

    static int stopBits(SerialSettings.StopBits stopBits) {
        return switch (stopBits) {
            case ONE -> SerialPort.ONE_STOP_BIT;
            case ONE_POINT_FIVE -> SerialPort.ONE_POINT_FIVE_STOP_BITS;
            case TWO -> SerialPort.TWO_STOP_BITS;
        };
    }

    static int parity(SerialSettings.Parity parity) {
        return switch (parity) {
            case NONE -> SerialPort.NO_PARITY;
            case ODD -> SerialPort.ODD_PARITY;
            case EVEN -> SerialPort.EVEN_PARITY;
            case MARK -> SerialPort.MARK_PARITY;
            case SPACE -> SerialPort.SPACE_PARITY;
        };
    }

    static int flowControl(SerialSettings.FlowControl flowControl) {
        return switch (flowControl) {
            case NONE -> SerialPort.FLOW_CONTROL_DISABLED;
            case RTS_CTS -> SerialPort.FLOW_CONTROL_RTS_ENABLED | SerialPort.FLOW_CONTROL_CTS_ENABLED;
            case DSR_DTR -> SerialPort.FLOW_CONTROL_DSR_ENABLED | SerialPort.FLOW_CONTROL_DTR_ENABLED;
            case XON_XOFF -> SerialPort.FLOW_CONTROL_XONXOFF_IN_ENABLED | SerialPort.FLOW_CONTROL_XONXOFF_OUT_ENABLED;
        };
    }
}
