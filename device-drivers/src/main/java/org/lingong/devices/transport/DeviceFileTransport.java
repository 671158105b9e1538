package org.lingong.devices.transport;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import org.lingong.devices.transport.TransportException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A character device file such as the USB printer class node {@code /dev/usb/lp0}: writes go straight to the
 * file, replies (printer status) are pumped by a reader thread into a buffer so that {@link #read} is bounded by
 * its deadline even though reads from a device file block in the kernel.
 *
 * <p>With one path the device is opened once, read-write (the {@code usblp} driver allows a single open): replies
 * are read through the file's {@link FileChannel}, which {@link #close()} interrupts, and requests are written
 * through the {@link RandomAccessFile} itself, so a pending read never blocks a write. With two paths (a test rig of
 * two FIFOs) the write path is opened first, then the read path; each open of a FIFO blocks until its peer opens.
 *
 * <p>Failures: a missing file is NOT_FOUND; permission denied ("add the kiosk user to group lp"), busy and other
 * open errors are UNAVAILABLE; end of file or an I/O error on the reader thread, and any write error (EPIPE,
 * ENODEV), are DISCONNECTED and reported to the {@link DisconnectNotifier} callback.
 */
public final class DeviceFileTransport implements Transport, DisconnectNotifier {

    private static final Logger log = LoggerFactory.getLogger(DeviceFileTransport.class);

    private final Path writePath;
    private final Path readPath;
    private volatile PipeBuffer replies;
    private volatile OutputStream out;
    private volatile ReadableByteChannel in;
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
            openChannels();
        } catch (IOException e) {
            closeChannels();
            throw openFailure(e);
        }
        PipeBuffer buffer = new PipeBuffer();
        replies = buffer;
        ReadableByteChannel channel = in;
        Thread reader = new Thread(() -> pumpReplies(channel, buffer), "devicefile-" + readPath.getFileName());
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    public void write(byte[] data) throws TransportException {
        OutputStream target = requireOpen();
        try {
            target.write(data);
            target.flush();
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
        disconnectCallback = Objects.requireNonNull(callback, "callback");
    }

    @Override
    public boolean isConnected() {
        return out != null && disconnectReason == null;
    }

    /** Closes the file; a reader thread blocked in the kernel is woken (the channel is interruptible) and ends. */
    @Override
    public void close() {
        closing = true;
        closeChannels();
        if (replies != null) {
            replies.close();
        }
    }

    private void openChannels() throws IOException {
        if (writePath.equals(readPath)) {
            RandomAccessFile device = new RandomAccessFile(writePath.toFile(), "rw");
            out = new RandomAccessFileOutput(device);
            in = device.getChannel();
        } else {
            out = new FileOutputStream(writePath.toFile(), true);
            in = FileChannel.open(readPath, StandardOpenOption.READ);
        }
    }

    /**
     * The reader thread of one open: it keeps its own channel and buffer, so a close (which nulls the fields) or a
     * later reopen never hands it another generation's channel or buffer.
     */
    private void pumpReplies(ReadableByteChannel channel, PipeBuffer buffer) {
        ByteBuffer chunk = ByteBuffer.allocate(512);
        try {
            while (channel.read(chunk) >= 0) {
                buffer.write(chunk.array(), 0, chunk.position());
                chunk.clear();
            }
            lost(buffer, "end of file");
        } catch (ClosedChannelException e) {
            lost(buffer, "closed");
        } catch (IOException e) {
            lost(buffer, e.getMessage());
        }
    }

    private void lost(PipeBuffer buffer, String reason) {
        buffer.close();
        if (!closing && buffer == replies) {
            disconnectReason = reason;
            log.info("{} disconnected: {}", describe(), reason);
            disconnectCallback.run();
        }
    }

    private OutputStream requireOpen() throws TransportException {
        OutputStream target = out;
        if (target == null) {
            throw new TransportException(Reason.IO, describe() + " is not open");
        }
        return target;
    }

    private static void requireExists(Path path) throws TransportException {
        if (!Files.exists(path)) {
            throw new TransportException(Reason.NOT_FOUND, path + " does not exist (printer off or unplugged?)");
        }
    }

    private TransportException openFailure(IOException e) {
        String message = String.valueOf(e.getMessage());
        if (e instanceof AccessDeniedException || message.contains("Permission denied")) {
            return new TransportException(Reason.UNAVAILABLE, "permission denied on " + describe()
                    + ": add the kiosk user to group lp", e);
        }
        if (e instanceof NoSuchFileException || message.contains("No such file")) {
            return new TransportException(Reason.NOT_FOUND, describe() + " vanished while opening", e);
        }
        if (message.contains("busy")) {
            return new TransportException(Reason.UNAVAILABLE, describe() + " is busy: another program has it open", e);
        }
        return new TransportException(Reason.UNAVAILABLE, "cannot open " + describe() + ": " + message, e);
    }

    private void closeChannels() {
        ReadableByteChannel reading = in;
        OutputStream writing = out;
        in = null;
        out = null;
        for (java.io.Closeable c : new java.io.Closeable[] {reading, writing}) {
            if (c != null) {
                try {
                    c.close();
                } catch (IOException e) {
                    log.debug("closing {}: {}", describe(), e.getMessage());
                }
            }
        }
    }

    /** Writes through {@link RandomAccessFile#write}, which takes no lock shared with its channel's blocked read. */
    private static final class RandomAccessFileOutput extends OutputStream {
        private final RandomAccessFile file;

        RandomAccessFileOutput(RandomAccessFile file) {
            this.file = file;
        }

        @Override
        public void write(int b) throws IOException {
            file.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            file.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            file.close();
        }
    }
}
