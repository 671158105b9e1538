package org.lingong.platform.server.content;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lingong.platform.server.accounts.CurrentAccount;
import org.lingong.platform.server.accounts.SignedIn;
import org.lingong.platform.server.pages.FormErrors;
import org.lingong.platform.server.problem.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The content pages' rules for scripts (HTTP Basic): the same fields as the console's form (as JSON strings), the
 * same region scope (an item or section outside it is 404, as if it did not exist), the same versioning and audit.
 */
@RestController
@RequestMapping("/api/v1/operator/content/{section}")
class ContentApiController {

    /**
     * An item as the API shows it; times are instants, fields a section does not use are left out. A policy page's
     * fields are its own (summary, whoQualifies, whatToBring, whereToGo, fullTextUrl), as in its form.
     */
    record ContentItemView(long id, String section, String region, String title, String organizer, String location,
                           Instant startsAt, Instant endsAt, String detail, Boolean subsidised, Integer sortOrder,
                           String streamUrl, String summary, String whoQualifies, String whatToBring,
                           String whereToGo, String fullTextUrl, String titleMn) {

        static ContentItemView of(ContentSection section, ContentRow row) {
            if (section == ContentSection.POLICIES) {
                return new ContentItemView(row.id(), section.slug(), row.regionCode(), row.title(), null, null, null,
                        null, null, null, null, null, row.detail(), row.whoQualifies(), row.whatToBring(),
                        row.location(), row.linkUrl(), null);
            }
            return new ContentItemView(row.id(), section.slug(), row.regionCode(), row.title(), row.organizer(),
                    row.location(), row.startsAt(), row.endsAt(), row.detail(),
                    section == ContentSection.COURSES ? row.flag() : null,
                    section == ContentSection.SERVICES ? row.sortOrder() : null, row.linkUrl(), null, null, null, null,
                    null, row.mongolianTitle());
        }
    }

    private final ContentEditor editor;
    private final CurrentAccount current;

    ContentApiController(ContentEditor editor, CurrentAccount current) {
        this.editor = editor;
        this.current = current;
    }

    @GetMapping
    List<ContentItemView> list(@PathVariable String section) {
        ContentSection s = section(section);
        return editor.list(current.require(), s).stream().map(row -> ContentItemView.of(s, row)).toList();
    }

    @GetMapping("/{id}")
    ContentItemView get(@PathVariable String section, @PathVariable long id) {
        ContentSection s = section(section);
        return editor.find(current.require(), s, id).map(row -> ContentItemView.of(s, row)).orElseThrow(ContentApiController::unknown);
    }

    @PostMapping
    ResponseEntity<ContentItemView> create(@PathVariable String section, @RequestBody Map<String, Object> body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(save(section(section), null, body));
    }

    @PutMapping("/{id}")
    ContentItemView replace(@PathVariable String section, @PathVariable long id, @RequestBody Map<String, Object> body) {
        return save(section(section), id, body);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String section, @PathVariable long id) {
        if (!editor.remove(current.require(), section(section), id)) {
            throw unknown();
        }
    }

    private ContentItemView save(ContentSection section, Long id, Map<String, Object> body) {
        SignedIn who = current.require();
        FormErrors errors = new FormErrors();
        ContentEditor.Saved saved = editor.save(who, section, id, fields(body), errors);
        if (!saved.found()) {
            throw unknown();
        }
        if (!errors.isEmpty()) {
            throw ApiException.badRequest("invalid-content", errors.all().entrySet().stream()
                    .map(e -> e.getKey() + ": " + e.getValue()).sorted().collect(Collectors.joining("; ")));
        }
        return get(section.slug(), saved.id());
    }

    /** The body's fields as the form's strings; a list or object where a value belongs is refused. */
    private static Map<String, String> fields(Map<String, Object> body) {
        if (body == null) {
            throw ApiException.badRequest("missing-field", "a JSON object with the item's fields is required");
        }
        Map<String, String> fields = new HashMap<>();
        body.forEach((name, value) -> {
            if (value instanceof Map || value instanceof List) {
                throw ApiException.badRequest("invalid-value", name + " must be a string, number or boolean");
            }
            if (value != null) {
                fields.put(name, value instanceof Boolean b ? (b ? "on" : "") : value.toString());
            }
        });
        return fields;
    }

    private static ContentSection section(String slug) {
        return ContentSection.ofSlug(slug).orElseThrow(() -> ApiException.notFound("unknown-section",
                "sections are courses, fairs, live, services, announcements, policies"));
    }

    private static ApiException unknown() {
        return ApiException.notFound("unknown-content", "no such item in your region");
    }
}
