package org.lingong.platform.server.content;

import org.lingong.platform.api.content.ContactPolicySetting;
import org.lingong.platform.server.problem.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Operators set how workers of a region reach employers; kiosks get it with their next content bundle. */
@RestController
class ContactPolicyController {

    private final ContentRepository content;

    ContactPolicyController(ContentRepository content) {
        this.content = content;
    }

    @PutMapping("/api/v1/operator/regions/{regionCode}/contact-policy")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Transactional
    void set(@PathVariable String regionCode, @RequestBody ContactPolicySetting setting) {
        if (!regionCode.matches("[0-9]{4}")) {
            throw ApiException.badRequest("invalid-value", "regionCode must be the 4-digit 盟市 prefix, e.g. 1501");
        }
        if (setting == null || setting.contactPolicy() == null) {
            throw ApiException.badRequest("missing-field", "contactPolicy is required: OPEN or GATED");
        }
        content.setContactPolicy(regionCode, setting.contactPolicy());
    }
}
