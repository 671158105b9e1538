package org.lingong.platform.server.content;

/** Kinds of rows in {@code content_item}. */
public enum ContentKind { TRAINING, JOB_FAIR, LIVE_SESSION, SERVICE_ITEM, ANNOUNCEMENT, POLICY }
