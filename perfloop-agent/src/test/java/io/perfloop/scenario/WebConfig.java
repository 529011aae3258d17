package io.perfloop.scenario;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Spring MVC with one controller (a member class, so registered with the configuration), so the endpoint name comes from its mapping pattern. */
@Configuration
@EnableWebMvc
public class WebConfig {
    /** {@code GET /owners/{ownerId}/pets}: two queries. */
    @RestController
    public static class OwnersController {
        @GetMapping("/owners/{ownerId}/pets")
        public String pets(@PathVariable("ownerId") int ownerId) throws SQLException {
            StringBuilder out = new StringBuilder("owner ").append(ownerId);
            try (Connection c = ScenarioApp.db.getConnection()) {
                for (int i = 0; i < 2; i++) {
                    try (PreparedStatement ps = c.prepareStatement("select name from " + ScenarioApp.users + " where id = ?")) {
                        ps.setInt(1, ownerId + i);
                        try (ResultSet rs = ps.executeQuery()) {
                            out.append(rs.next() ? " " + rs.getString(1) : "");
                        }
                    }
                }
            }
            return out.toString();
        }
    }
}
