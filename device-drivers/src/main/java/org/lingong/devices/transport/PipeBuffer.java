package org.lingong.devices.transport;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** One direction of an in-memory pipe: a growable byte FIFO with deadline-bounded reads and an end-of-stream flag. */
final class PipeBuffer {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition readable = lock.newCondition();
    private byte[] data = new byte[256];
    private int head;
    private int tail;
    private boolean closed;

    void write(byte[] src, int off, int len) {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            ensureCapacity(len);
            System.arraycopy(src, off, data, tail, len);
            tail += len;
            readable.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** @return bytes read (> 0), 0 on deadline, -1 at end of stream (closed and drained) */
    int read(byte[] dst, int off, int len, Deadline deadline) throws InterruptedException {
        lock.lock();
        try {
            while (head == tail) {
                if (closed) {
                    return -1;
                }
                long waitMs = deadline.remainingMillis();
                if (waitMs <= 0) {
                    return 0;
                }
                readable.await(waitMs, TimeUnit.MILLISECONDS);
            }
            int n = Math.min(len, tail - head);
            System.arraycopy(data, head, dst, off, n);
            head += n;
            return n;
        } finally {
            lock.unlock();
        }
    }

    int available() {
        lock.lock();
        try {
            return tail - head;
        } finally {
            lock.unlock();
        }
    }

    void clear() {
        lock.lock();
        try {
            head = tail = 0;
        } finally {
            lock.unlock();
        }
    }

    void close() {
        lock.lock();
        try {
            closed = true;
            readable.signalAll();
        } finally {
            lock.unlock();
        }
    }

    boolean isClosed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }

    private void ensureCapacity(int extra) {
        if (tail + extra <= data.length) {
            return;
        }
        int live = tail - head;
        byte[] grown = live + extra <= data.length ? data : new byte[Math.max(data.length * 2, live + extra)];
        System.arraycopy(data, head, grown, 0, live);
        data = grown;
        head = 0;
        tail = live;
    }
}
