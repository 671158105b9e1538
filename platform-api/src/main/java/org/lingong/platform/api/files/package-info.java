/**
 * Files written whole or not at all, readable by their owner only: the one writer of keys, secrets, identities and
 * settings on kiosk and platform.
 */
package org.lingong.platform.api.files;
