package org.lingong.platform.server.pages;

import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Pieces of the server-rendered pages that work on a phone and an old office browser: escaping, head, answer. */
public final class PageHtml {

    private static final String STYLE = "body{font-family:'Noto Sans CJK SC','Noto Sans SC','Microsoft YaHei',sans-serif;"
            + "margin:0;padding:1em;color:#222;line-height:1.5}h1{font-size:1.4em;margin:.2em 0 .6em}"
            + "h2{font-size:1.15em;margin:1.2em 0 .4em}table{border-collapse:collapse;margin:.4em 0 1.2em}"
            + "td,th{border:1px solid #bbb;padding:.3em .6em;text-align:right}th{background:#eee}td.l,th.l{text-align:left}"
            + "button,.button{font-size:1.1em;padding:.7em 1.2em;margin:.3em .3em .3em 0;border:0;border-radius:.4em;"
            + "background:#1565c0;color:#fff;text-decoration:none;display:inline-block;cursor:pointer}"
            + "button.grey{background:#616161}button.red{background:#c62828}form{display:inline}"
            + ".msg{padding:.6em;background:#fff8e1;border-left:4px solid #f9a825;margin:.6em 0}"
            + ".demo{background:#c00;color:#fff;font-weight:bold;padding:.4em}";

    private PageHtml() {
    }

    /** Escapes text for HTML content and attribute values; {@code null} becomes a dash. */
    public static String escape(Object value) {
        return value == null ? "–" : Html.escape(value);
    }

    /** The document start up to and including {@code <body>}, with a phone viewport and the shared style. */
    public static String head(String title, String extraStyle) {
        return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + escape(title)
                + "</title><style>" + STYLE + extraStyle + "</style></head><body>";
    }

    /** As {@link #head(String, String)}, for a page the browser reloads every {@code refreshSeconds} (no scripts). */
    public static String head(String title, String extraStyle, int refreshSeconds) {
        return head(title, extraStyle).replace("<title>", "<meta http-equiv=\"refresh\" content=\"" + refreshSeconds
                + "\"><title>");
    }

    /**
     * The red line on top of a demo platform's pages (id {@code demo-banner}): {@code words} in Chinese and English,
     * after 演示模式 DEMO.
     */
    public static String demoBanner(String chineseWords, String englishWords) {
        return "<div class=\"demo\" id=\"demo-banner\">演示模式 DEMO：" + escape(chineseWords) + " · " + escape(englishWords)
                + "</div>";
    }

    /** A hidden CSRF field for a form. */
    public static String csrfField(String parameterName, String token) {
        return "<input type=\"hidden\" name=\"" + escape(parameterName) + "\" value=\"" + escape(token) + "\">";
    }

    public static ResponseEntity<String> answer(int status, String html) {
        return ResponseEntity.status(HttpStatusCode.valueOf(status))
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Cache-Control", "no-store").body(html);
    }
}
