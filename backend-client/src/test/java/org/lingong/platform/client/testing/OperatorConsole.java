package org.lingong.platform.client.testing;

import java.io.IOException;
import okhttp3.Credentials;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.lingong.platform.client.http.PlatformJson;
import tools.jackson.databind.json.JsonMapper;

/** The platform's operator API (HTTP Basic), as an operator's console would call it. */
final class OperatorConsole implements AutoCloseable {

    private static final MediaType JSON = MediaType.get("application/json");

    private final String baseUrl;
    private final String credentials;
    private final OkHttpClient http = new OkHttpClient();
    private final JsonMapper json = PlatformJson.newMapper();

    OperatorConsole(String baseUrl, String user, String password) {
        this.baseUrl = baseUrl.replaceAll("/$", "");
        this.credentials = Credentials.basic(user, password);
    }

    <T> T post(String path, Object body, Class<T> type) {
        return call(new Request.Builder().url(baseUrl + path).post(RequestBody.create(body == null ? new byte[0] : json.writeValueAsBytes(body), JSON)), type);
    }

    <T> T put(String path, Object body, Class<T> type) {
        return call(new Request.Builder().url(baseUrl + path).put(RequestBody.create(json.writeValueAsBytes(body), JSON)), type);
    }

    <T> T get(String path, Class<T> type) {
        return call(new Request.Builder().url(baseUrl + path).get(), type);
    }

    void delete(String path) {
        call(new Request.Builder().url(baseUrl + path).delete(), Void.class);
    }

    private <T> T call(Request.Builder request, Class<T> type) {
        try (Response response = http.newCall(request.header("Authorization", credentials).build()).execute()) {
            byte[] body = response.body().bytes();
            if (!response.isSuccessful()) {
                throw new IllegalStateException("operator call " + response.request().url() + " failed: " + response.code()
                        + " " + new String(body, java.nio.charset.StandardCharsets.UTF_8));
            }
            return type == Void.class || body.length == 0 ? null : json.readValue(body, type);
        } catch (IOException e) {
            throw new IllegalStateException("operator call failed", e);
        }
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
