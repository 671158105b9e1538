package org.lingong.platform.api.jobs;

/** What the pay amount is per: hour, day, piece, month, whole task, 亩 of field (farm work), head of livestock (shearing). */
public enum PayUnit { HOUR, DAY, PIECE, MONTH, TASK, MU, HEAD }
