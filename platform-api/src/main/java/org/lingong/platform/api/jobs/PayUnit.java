package org.lingong.platform.api.jobs;

/** What the pay amount is per. */
public enum PayUnit { HOUR, DAY, PIECE, MONTH, TASK }
