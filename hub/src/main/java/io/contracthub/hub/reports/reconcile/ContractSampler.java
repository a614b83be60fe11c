package io.contracthub.hub.reports.reconcile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.hub.pipeline.ContractView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Which contracts a run looks at: every contract changed within the recent window, plus a random sample of the
 * others (RANDOM() orders them in H2 and PostgreSQL alike). The most recently changed come first, so a spent budget
 * leaves out the oldest changes.
 */
@Component
public class ContractSampler {

    private static final String COLUMNS = "id, contract_number, lifecycle, view_json";

    private final JdbcTemplate jdbc;
    private final ObjectMapper objectMapper;

    public ContractSampler(JdbcTemplate jdbc, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
    }

    public List<SampledContract> sample(Instant now, Duration recent, int othersSampled) {
        OffsetDateTime since = OffsetDateTime.ofInstant(now.minus(recent), ZoneOffset.UTC);
        List<SampledContract> sample = new ArrayList<>(jdbc.query(
                "SELECT " + COLUMNS + " FROM contract WHERE updated_at >= ? ORDER BY updated_at DESC, id",
                (rs, n) -> contract(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), since));
        if (othersSampled > 0) {
            sample.addAll(jdbc.query("SELECT " + COLUMNS + " FROM contract WHERE updated_at < ? ORDER BY RANDOM() LIMIT ?",
                    (rs, n) -> contract(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), since, othersSampled));
        }
        return sample;
    }

    private SampledContract contract(String id, String number, String lifecycle, String viewJson) {
        try {
            return new SampledContract(id, number, lifecycle, objectMapper.readValue(viewJson, ContractView.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored view of contract " + id + " is not readable", e);
        }
    }
}
