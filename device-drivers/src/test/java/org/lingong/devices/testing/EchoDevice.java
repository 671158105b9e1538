package org.lingong.devices.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.lingong.devices.sim.SimulatedDevice;

/** A simulator that sends back every byte it receives. */
public final class EchoDevice implements SimulatedDevice {

    @Override
    public void serve(InputStream fromHost, OutputStream toHost) throws IOException {
        byte[] buf = new byte[256];
        int n;
        while ((n = fromHost.read(buf)) >= 0) {
            toHost.write(buf, 0, n);
            toHost.flush();
        }
    }

    @Override
    public String name() {
        return "echo";
    }
}
