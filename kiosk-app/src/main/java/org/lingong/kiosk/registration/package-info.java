/**
 * Registration (求职登记): the worker's card data (masked), phone on a big keypad, wanted work,
 * pay, availability and employment status, and the consent notice before anything is kept. One
 * question per screen; ports {@link org.lingong.kiosk.worktype.JobCategorySource} and
 * {@link org.lingong.kiosk.registration.RegistrationSink} with demo implementations.
 */
@NullMarked
package org.lingong.kiosk.registration;

import org.jspecify.annotations.NullMarked;
