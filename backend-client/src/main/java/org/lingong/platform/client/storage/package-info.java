/**
 * Local files: owner-only atomic writes and SQLite files that prove they are ours before use.
 */
package org.lingong.platform.client.storage;
