package org.lingong.platform.server.employers;

/** A company that posts jobs; {@code creditCode} is a checked 统一社会信用代码. */
public record Employer(long id, String companyName, String creditCode, String contactName, String phone) {
}
