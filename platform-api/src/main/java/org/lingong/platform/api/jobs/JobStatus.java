package org.lingong.platform.api.jobs;

/** Whether a job still takes workers. */
public enum JobStatus { OPEN, FILLED, CLOSED }
