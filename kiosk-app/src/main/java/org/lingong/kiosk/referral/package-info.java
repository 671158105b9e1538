/** 我要报名 → a signed referral in the outbox → a printed slip (or an on-screen QR when the printer is not ready). */
package org.lingong.kiosk.referral;
