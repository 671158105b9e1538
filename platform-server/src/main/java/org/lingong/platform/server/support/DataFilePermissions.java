package org.lingong.platform.server.support;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Owner-only permissions for an embedded H2 file database: its directory is made 0700 before the first
 * connection (so no file is ever readable by others), and its files 0600 once the migrations have created them.
 */
@Component
class DataFilePermissions implements BeanPostProcessor, SmartInitializingSingleton {

    private static final String H2_PREFIX = "jdbc:h2:";

    private volatile Path database;

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource dataSource && dataSource.getJdbcUrl() != null) {
            database = h2File(dataSource.getJdbcUrl());
            if (database != null) {
                OwnerOnlyFiles.directory(database.getParent());
            }
        }
        return bean;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Path file = database;
        if (file != null) {
            OwnerOnlyFiles.files(file.getParent(), file.getFileName().toString() + ".");
        }
    }

    /** The database file's path without extension, for {@code jdbc:h2:file:…} and {@code jdbc:h2:./…} URLs. */
    static Path h2File(String url) {
        if (!url.startsWith(H2_PREFIX)) {
            return null;
        }
        String rest = url.substring(H2_PREFIX.length());
        int options = rest.indexOf(';');
        String location = options < 0 ? rest : rest.substring(0, options);
        if (location.startsWith("file:")) {
            location = location.substring("file:".length());
        } else if (location.startsWith("mem:") || location.startsWith("tcp:") || location.startsWith("ssl:")
                || location.startsWith("zip:")) {
            return null;
        }
        if (location.startsWith("~/")) {
            location = System.getProperty("user.home") + location.substring(1);
        }
        return Path.of(location).toAbsolutePath().normalize();
    }
}
