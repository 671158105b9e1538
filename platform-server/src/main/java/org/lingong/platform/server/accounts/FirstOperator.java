package org.lingong.platform.server.accounts;

import org.lingong.platform.server.config.PlatformProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The first operator comes from configuration ({@code platform.operator.*}, {@code LINGONG_OPERATOR_PASSWORD}); every
 * other account is created by an operator in the console or registers itself (employers). A too-short password
 * stops the server at start.
 */
@Component
class FirstOperator implements ApplicationRunner {

    private final AccountService accounts;
    private final PlatformProperties.Operator operator;

    FirstOperator(AccountService accounts, PlatformProperties properties) {
        this.accounts = accounts;
        this.operator = properties.operator();
        if (operator.password().length() < PlatformProperties.Operator.MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("platform.operator.password (LINGONG_OPERATOR_PASSWORD) must be at least "
                    + PlatformProperties.Operator.MIN_PASSWORD_LENGTH + " characters");
        }
        if (!RegionCodes.isWellFormed(operator.region())) {
            throw new IllegalStateException("platform.operator.region must be a GB/T 2260 code (2, 4 or 6 digits)");
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        accounts.ensureOperator(operator.username(), operator.password(), operator.region());
    }
}
