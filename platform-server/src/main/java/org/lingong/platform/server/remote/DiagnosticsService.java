package org.lingong.platform.server.remote;

import org.springframework.stereotype.Service;

/** Keeps terminals' diagnostic bundles for the operators' technicians. */
@Service
class DiagnosticsService {

    private final DiagnosticsRepository repository;

    DiagnosticsService(DiagnosticsRepository repository) {
        this.repository = repository;
    }

    long store(String terminalId, String text) {
        return repository.store(terminalId, text);
    }
}
