package org.lingong.platform.server.content;

import org.lingong.platform.api.content.ContentBundle;
import org.lingong.platform.server.signing.SignedRequestFilter;
import org.lingong.platform.server.terminals.Terminal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ContentController {

    private final ContentService content;

    ContentController(ContentService content) {
        this.content = content;
    }

    @GetMapping("/api/v1/content")
    ContentBundle content(@RequestAttribute(SignedRequestFilter.TERMINAL_ATTRIBUTE) Terminal terminal) {
        return content.bundleFor(terminal);
    }
}
