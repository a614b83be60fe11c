package io.contracthub.hub.persistence;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.UUID;

/**
 * One database, migrated like the hub's, that several "nodes" of a test share: an in-memory H2 in PostgreSQL mode,
 * or a fresh schema on PostgreSQL in the suite's PostgreSQL run (hub.test.database=postgres, HUB_TEST_POSTGRES_URL).
 */
final class SharedDatabase implements AutoCloseable {

    private final HikariDataSource dataSource = new HikariDataSource();
    final JdbcTemplate jdbc;
    final TransactionTemplate transaction;

    SharedDatabase() {
        String name = "shared_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String schema = null;
        if ("postgres".equals(System.getProperty("hub.test.database"))) {
            String url = System.getenv("HUB_TEST_POSTGRES_URL");
            schema = name;
            dataSource.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
            dataSource.setUsername(System.getenv().getOrDefault("HUB_TEST_POSTGRES_USER", "postgres"));
            dataSource.setPassword(System.getenv().getOrDefault("HUB_TEST_POSTGRES_PASSWORD", ""));
        } else {
            dataSource.setJdbcUrl("jdbc:h2:mem:" + name
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        }
        dataSource.setMaximumPoolSize(12);
        var flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
        if (schema != null) {
            flyway.schemas(schema);
        }
        flyway.load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
