/** The session's identified worker: who the referral flow issues slips for. */
package org.lingong.kiosk.worker;
