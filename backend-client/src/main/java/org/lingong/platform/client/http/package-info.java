/**
 * The signed HTTP client over one shared OkHttp client: typed calls ({@link org.lingong.platform.client.http.PlatformApi}) whose outcome is an {@link org.lingong.platform.client.http.ApiResult} (success, rejected with the platform's problem, unavailable).
 */
package org.lingong.platform.client.http;
