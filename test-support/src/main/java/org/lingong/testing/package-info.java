/** Pieces the modules' tests share; used in test scope only, never by production code. */
package org.lingong.testing;
