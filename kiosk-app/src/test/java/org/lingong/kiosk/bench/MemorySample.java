package org.lingong.kiosk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Heap used (and committed) after two explicit full GCs, non-heap used (metaspace, code cache, ...), resident set
 * size and live threads, after {@code sessions} sessions.
 */
record MemorySample(int sessions, long heapUsedBytes, long heapCommittedBytes, long nonHeapUsedBytes, long rssBytes,
        int threads) {

    static MemorySample after(int sessions) throws IOException {
        System.gc();
        System.gc();
        var memory = ManagementFactory.getMemoryMXBean();
        var heap = memory.getHeapMemoryUsage();
        return new MemorySample(sessions, heap.getUsed(), heap.getCommitted(), memory.getNonHeapMemoryUsage().getUsed(),
                currentRssBytes(), Thread.activeCount());
    }

    /** VmRSS of {@code /proc/self/status} (Linux), in bytes; -1 where there is no such file. */
    static long currentRssBytes() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return -1;
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmRSS:"))
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024).findFirst().orElse(-1L);
    }
}
