package org.lingong.platform.server.pages;

import java.util.List;
import java.util.Map;

/**
 * Plain HTML form fields with their error message beside them ({@code <span class="err" id="NAME-error">}).
 * {@code values} are what the person typed (re-shown after an error), never a password.
 */
public final class Form {

    /** An option of a select: the value sent and the label shown. */
    public record Option(String value, String label) {
    }

    private final Map<String, String> values;
    private final FormErrors errors;

    public Form(Map<String, String> values, FormErrors errors) {
        this.values = values;
        this.errors = errors;
    }

    /** The errors of one field only (to render it inside another form). */
    public FormErrors errors(String field) {
        FormErrors only = new FormErrors();
        if (errors.has(field)) {
            only.add(field, errors.get(field));
        }
        return only;
    }

    public String value(String name) {
        String value = values.get(name);
        return value == null ? "" : value;
    }

    /** A text input; {@code type} is text, tel, number, date, password ... */
    public String input(String label, String name, String type, String extraAttributes) {
        String shown = "password".equals(type) ? "" : value(name);
        return field(label, name, "<input type=\"" + type + "\" id=\"" + name + "\" name=\"" + name + "\" value=\""
                + Html.escape(shown) + "\"" + invalid(name) + (extraAttributes.isEmpty() ? "" : " " + extraAttributes) + ">");
    }

    public String textarea(String label, String name, int rows) {
        return field(label, name, "<textarea id=\"" + name + "\" name=\"" + name + "\" rows=\"" + rows + "\"" + invalid(name)
                + ">" + Html.escape(value(name)) + "</textarea>");
    }

    public String select(String label, String name, List<Option> options) {
        return select(label, name, options, "请选择");
    }

    /** A select whose empty first option reads {@code emptyLabel} (null: no empty option). */
    public String select(String label, String name, List<Option> options, String emptyLabel) {
        StringBuilder html = new StringBuilder("<select id=\"").append(name).append("\" name=\"").append(name)
                .append("\"").append(invalid(name)).append(">");
        if (emptyLabel != null) {
            html.append("<option value=\"\">").append(Html.escape(emptyLabel)).append("</option>");
        }
        for (Option option : options) {
            html.append("<option value=\"").append(Html.escape(option.value())).append("\"")
                    .append(option.value().equals(value(name)) ? " selected" : "").append(">")
                    .append(Html.escape(option.label())).append("</option>");
        }
        return field(label, name, html.append("</select>").toString());
    }

    public String checkbox(String label, String name) {
        boolean checked = "on".equals(value(name)) || "true".equals(value(name));
        return "<div class=\"f check\"><label><input type=\"checkbox\" id=\"" + name + "\" name=\"" + name + "\""
                + (checked ? " checked" : "") + "> " + Html.escape(label) + "</label></div>";
    }

    private String field(String label, String name, String control) {
        StringBuilder html = new StringBuilder("<div class=\"f").append(errors.has(name) ? " bad" : "")
                .append("\"><label for=\"").append(name).append("\">").append(Html.escape(label)).append("</label>")
                .append(control);
        if (errors.has(name)) {
            html.append("<span class=\"err\" id=\"").append(name).append("-error\">").append(Html.escape(errors.get(name)))
                    .append("</span>");
        }
        return html.append("</div>").toString();
    }

    private String invalid(String name) {
        return errors.has(name) ? " aria-invalid=\"true\" aria-describedby=\"" + name + "-error\"" : "";
    }
}
