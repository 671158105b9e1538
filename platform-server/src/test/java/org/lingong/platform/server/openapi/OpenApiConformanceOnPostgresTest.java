package org.lingong.platform.server.openapi;

import org.lingong.platform.server.testing.OnPostgres;

/** The OpenAPI conformance run against a server on PostgreSQL (a private schema). */
@OnPostgres
class OpenApiConformanceOnPostgresTest extends OpenApiConformanceTest {
}
