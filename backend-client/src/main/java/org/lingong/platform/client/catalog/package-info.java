/**
 * The offline job catalog: delta sync by cursor with tombstones into SQLite, and an in-memory index searched by category, district, pay, date, text and pinyin initials.
 */
package org.lingong.platform.client.catalog;
