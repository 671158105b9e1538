package org.lingong.platform.server.content;

import org.lingong.platform.api.content.ContactPolicySetting;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Operators set how workers of a region reach employers; kiosks get it with their next content bundle. */
@RestController
class ContactPolicyController {

    private final ContentService content;

    ContactPolicyController(ContentService content) {
        this.content = content;
    }

    @PutMapping("/api/v1/operator/regions/{regionCode}/contact-policy")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void set(@PathVariable String regionCode, @RequestBody ContactPolicySetting setting) {
        content.setContactPolicy(regionCode, setting);
    }
}
