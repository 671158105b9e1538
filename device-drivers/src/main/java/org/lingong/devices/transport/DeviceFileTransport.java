package org.lingong.devices.transport;

import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lingong.devices.transport.TransportException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A character device file such as the USB printer class node {@code /dev/usb/lp0}: writes go straight to the
 * file, replies (printer status) are pumped by a reader thread into a buffer so that {@link #read} is bounded by
 * its deadline even though reads from a device file block in the kernel.
 *
 * <p>With one path the device is opened once read-write (the {@code usblp} driver allows a single open). With
 * two paths (a test rig of two FIFOs) the write path is opened first, then the read path; each open of a FIFO
 * blocks until its other end is opened.
 *
 * <p>Failures: a missing file is NOT_FOUND; permission denied, busy and other open errors are UNAVAILABLE;
 * end of file or an I/O error on the reader thread, and any write error (EPIPE, ENODEV), are DISCONNECTED.
 *
 * <p>Caveat: closing does not wake a reader thread blocked inside the kernel; that daemon thread ends at the next
 * byte, error or unplug of the device.
 */
public final class DeviceFileTransport implements Transport, DisconnectNotifier {

    private static final Logger log = LoggerFactory.getLogger(DeviceFileTransport.class);

    private final Path writePath;
    private final Path readPath;
    private PipeBuffer replies;
    private volatile OutputStream out;
    private InputStream in;
    private Thread reader;
    private volatile boolean closing;
    private volatile String disconnectReason;
    private volatile Runnable disconnectCallback = () -> { };

    /** A device opened once for reading and writing, e.g. {@code /dev/usb/lp0}. */
    public DeviceFileTransport(Path device) {
        this(device, device);
    }

    /** Writes to {@code writePath} and reads replies from {@code readPath} (two FIFOs in tests). */
    public DeviceFileTransport(Path writePath, Path readPath) {
        this.writePath = writePath;
        this.readPath = readPath;
    }

    @Override
    public String describe() {
        return writePath.equals(readPath) ? "file:" + writePath : "file:" + writePath + "<" + readPath;
    }

    @Override
    public void open() throws TransportException {
        if (out != null) {
            return;
        }
        requireExists(writePath);
        requireExists(readPath);
        closing = false;
        disconnectReason = null;
        try {
            openStreams();
        } catch (FileNotFoundException e) {
            closeStreams();
            throw openFailure(e);
        }
        replies = new PipeBuffer();
        reader = new Thread(this::pumpReplies, "devicefile-" + readPath.getFileName());
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    public void write(byte[] data) throws TransportException {
        requireOpen();
        try {
            out.write(data);
            out.flush();
        } catch (IOException e) {
            disconnectReason = "write failed: " + e.getMessage();
            throw new TransportException(Reason.DISCONNECTED, describe() + " disconnected during write: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public int read(byte[] buf, int off, int len, Deadline deadline) throws TransportException {
        requireOpen();
        try {
            int n = replies.read(buf, off, len, deadline);
            if (n < 0) {
                throw new TransportException(Reason.DISCONNECTED, describe() + " disconnected: " + disconnectReason);
            }
            return n;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(Reason.IO, "interrupted while reading " + describe(), e);
        }
    }

    @Override
    public void discardInput() throws TransportException {
        requireOpen();
        replies.clear();
    }

    @Override
    public void onDisconnect(Runnable callback) {
        disconnectCallback = java.util.Objects.requireNonNull(callback, "callback");
    }

    @Override
    public boolean isConnected() {
        return out != null && disconnectReason == null;
    }

    @Override
    public void close() {
        closing = true;
        closeStreams();
        if (replies != null) {
            replies.close();
        }
    }

    private void openStreams() throws FileNotFoundException {
        if (writePath.equals(readPath)) {
            RandomAccessFile device = new RandomAccessFile(writePath.toFile(), "rw");
            try {
                out = new FileOutputStream(device.getFD());
                in = new FileInputStream(device.getFD());
            } catch (IOException e) {
                throw new FileNotFoundException(e.getMessage());
            }
        } else {
            out = new FileOutputStream(writePath.toFile(), true);
            in = new FileInputStream(readPath.toFile());
        }
    }

    private void pumpReplies() {
        byte[] chunk = new byte[512];
        try {
            int n;
            while ((n = in.read(chunk)) >= 0) {
                replies.write(chunk, 0, n);
            }
            lost("end of file");
        } catch (IOException e) {
            lost(e.getMessage());
        }
    }

    private void lost(String reason) {
        replies.close();
        if (!closing) {
            disconnectReason = reason;
            log.info("{} disconnected: {}", describe(), reason);
            disconnectCallback.run();
        }
    }

    private void requireOpen() throws TransportException {
        if (out == null) {
            throw new TransportException(Reason.IO, describe() + " is not open");
        }
    }

    private static void requireExists(Path path) throws TransportException {
        if (!Files.exists(path)) {
            throw new TransportException(Reason.NOT_FOUND, path + " does not exist (printer off or unplugged?)");
        }
    }

    private TransportException openFailure(FileNotFoundException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("Permission denied")) {
            return new TransportException(Reason.UNAVAILABLE, "permission denied on " + describe()
                    + ": add the kiosk user to group lp", e);
        }
        if (message.contains("No such file")) {
            return new TransportException(Reason.NOT_FOUND, describe() + " vanished while opening", e);
        }
        return new TransportException(Reason.UNAVAILABLE, "cannot open " + describe() + ": " + message, e);
    }

    private void closeStreams() {
        for (java.io.Closeable stream : new java.io.Closeable[] {out, in}) {
            if (stream != null) {
                try {
                    stream.close();
                } catch (IOException e) {
                    log.debug("closing {}: {}", describe(), e.getMessage());
                }
            }
        }
        out = null;
        in = null;
    }
}
