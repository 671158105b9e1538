/** The job catalog: operator drafts and the terminal delta sync. */
package org.lingong.platform.api.jobs;
