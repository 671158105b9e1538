package org.lingong.platform.server.content;

import java.util.Map;
import java.util.Optional;
import org.lingong.platform.server.accounts.CurrentAccount;
import org.lingong.platform.server.accounts.SignedIn;
import org.lingong.platform.server.pages.Form;
import org.lingong.platform.server.pages.FormErrors;
import org.lingong.platform.server.pages.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The console's content pages ({@code /console/content/<section>}): list, create, edit and delete items of the
 * operator's region. An item of another region, an unknown section or id is a 404 page, as if it did not exist.
 */
@RestController
class ContentPagesController {

    private final ContentEditor editor;
    private final CurrentAccount current;

    ContentPagesController(ContentEditor editor, CurrentAccount current) {
        this.editor = editor;
        this.current = current;
    }

    @GetMapping("/console/content")
    ResponseEntity<String> home() {
        return Page.seeOther(ContentSection.COURSES.path());
    }

    @GetMapping("/console/content/{slug}")
    ResponseEntity<String> list(@PathVariable String slug, CsrfToken csrf) {
        SignedIn who = current.require();
        Optional<ContentSection> section = ContentSection.ofSlug(slug);
        if (section.isEmpty()) {
            return notFound(csrf);
        }
        return Page.ok(Page.render(section.get().label(), who, csrf, ContentPages.list(section.get(),
                editor.list(who, section.get()), editor, !editor.targets(who).isEmpty())));
    }

    @GetMapping("/console/content/{slug}/new")
    ResponseEntity<String> newItem(@PathVariable String slug, CsrfToken csrf) {
        Optional<ContentSection> section = ContentSection.ofSlug(slug);
        if (section.isEmpty()) {
            return notFound(csrf);
        }
        var targets = editor.targets(current.require());
        Map<String, String> defaults = targets.size() == 1 ? Map.of("region", targets.get(0).code(), "sortOrder", "0")
                : Map.of("sortOrder", "0");
        return Page.ok(formPage(section.get(), null, new Form(defaults, new FormErrors()), csrf));
    }

    @PostMapping("/console/content/{slug}")
    ResponseEntity<String> create(@PathVariable String slug, @RequestParam Map<String, String> form, CsrfToken csrf) {
        return save(slug, null, form, csrf);
    }

    @GetMapping("/console/content/{slug}/{id}")
    ResponseEntity<String> edit(@PathVariable String slug, @PathVariable String id, CsrfToken csrf) {
        Optional<ContentSection> section = ContentSection.ofSlug(slug);
        Optional<ContentRow> row = section.flatMap(s -> parseId(id).flatMap(n -> editor.find(current.require(), s, n)));
        if (row.isEmpty()) {
            return notFound(csrf);
        }
        return Page.ok(formPage(section.get(), row.get().id(), new Form(ContentForm.values(row.get()), new FormErrors()),
                csrf));
    }

    @PostMapping("/console/content/{slug}/{id}")
    ResponseEntity<String> update(@PathVariable String slug, @PathVariable String id,
                                  @RequestParam Map<String, String> form, CsrfToken csrf) {
        Optional<Long> itemId = parseId(id);
        if (itemId.isEmpty()) {
            return notFound(csrf);
        }
        return save(slug, itemId.get(), form, csrf);
    }

    @PostMapping("/console/content/{slug}/{id}/delete")
    ResponseEntity<String> delete(@PathVariable String slug, @PathVariable String id, CsrfToken csrf) {
        Optional<ContentSection> section = ContentSection.ofSlug(slug);
        if (section.isEmpty() || parseId(id).isEmpty() || !editor.remove(current.require(), section.get(), parseId(id).get())) {
            return notFound(csrf);
        }
        return Page.seeOther(section.get().path());
    }

    private ResponseEntity<String> save(String slug, Long id, Map<String, String> form, CsrfToken csrf) {
        Optional<ContentSection> section = ContentSection.ofSlug(slug);
        if (section.isEmpty()) {
            return notFound(csrf);
        }
        FormErrors errors = new FormErrors();
        if (!editor.save(current.require(), section.get(), id, form, errors).found()) {
            return notFound(csrf);
        }
        if (!errors.isEmpty()) {
            return Page.invalid(formPage(section.get(), id, new Form(form, errors), csrf));
        }
        return Page.seeOther(section.get().path());
    }

    private String formPage(ContentSection section, Long id, Form form, CsrfToken csrf) {
        SignedIn who = current.require();
        String title = (id == null ? "新建" : "修改") + section.label();
        return Page.render(title, who, csrf, ContentPages.form(section, id, form, editor.targets(who), csrf));
    }

    private static Optional<Long> parseId(String id) {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(id));
    }

    private ResponseEntity<String> notFound(CsrfToken csrf) {
        return Page.notFound(Page.render("没有这条信息", current.require(), csrf,
                "<p>没有这条信息，或它不在您的辖区。</p><p><a href=\"/console/content\">返回信息发布</a></p>"));
    }
}
