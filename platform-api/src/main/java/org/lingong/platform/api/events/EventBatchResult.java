package org.lingong.platform.api.events;

import java.util.List;

/** One result per event, in batch order. */
public record EventBatchResult(int accepted, int duplicates, int rejected, List<EventResult> results) {
}
