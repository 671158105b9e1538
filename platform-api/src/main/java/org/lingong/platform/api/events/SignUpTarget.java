package org.lingong.platform.api.events;

/** What a worker signed up for. */
public enum SignUpTarget { TRAINING, JOB_FAIR, LIVE_SESSION }
