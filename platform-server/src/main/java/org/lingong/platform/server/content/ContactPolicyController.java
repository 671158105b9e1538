package org.lingong.platform.server.content;

import org.lingong.platform.api.content.ContactPolicySetting;
import org.lingong.platform.server.accounts.CurrentAccount;
import org.lingong.platform.server.problem.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators set how workers of a 盟市 reach employers; kiosks get it with their next content bundle. Only a 盟市 the
 * operator covers: another is answered 404, as if it did not exist. Audited like the console's form.
 */
@RestController
class ContactPolicyController {

    private final ContentService content;
    private final ContentEditor editor;
    private final CurrentAccount current;

    ContactPolicyController(ContentService content, ContentEditor editor, CurrentAccount current) {
        this.content = content;
        this.editor = editor;
        this.current = current;
    }

    @PutMapping("/api/v1/operator/regions/{regionCode}/contact-policy")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void set(@PathVariable String regionCode, @RequestBody ContactPolicySetting setting) {
        content.checkContactPolicy(regionCode, setting);
        if (!editor.setContactPolicy(current.require(), regionCode, setting.contactPolicy())) {
            throw ApiException.notFound("unknown-region", "no 盟市 with this code in your region");
        }
    }
}
