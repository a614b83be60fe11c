package db.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/** Fills the console's list columns (V10) of contracts stored before them from their stored projection. */
public class V11__ContractListingFromView extends BaseJavaMigration {

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement select = context.getConnection().createStatement();
             ResultSet rows = select.executeQuery("SELECT id, view_json FROM contract");
             PreparedStatement update = context.getConnection().prepareStatement(
                     "UPDATE contract SET customer_name = ?, region = ?, sales_rep = ?, gross_amount = ? WHERE id = ?")) {
            while (rows.next()) {
                JsonNode terms = json.readTree(rows.getString(2)).path("terms");
                update.setString(1, text(terms.path("customer").path("name")));
                update.setString(2, text(terms.path("customer").path("region")));
                update.setString(3, text(terms.path("salesRep").path("name")));
                JsonNode gross = terms.path("totals").path("gross");
                update.setBigDecimal(4, gross.isNumber() || gross.isTextual() ? new BigDecimal(gross.asText()) : null);
                update.setString(5, rows.getString(1));
                update.executeUpdate();
            }
        }
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }
}
