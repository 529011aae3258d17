package io.perfloop.scenario;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** {@code GET /items/{id}[?sleep=ms]}: a plain servlet (no Spring) with one query; 404 for a non-number. */
public final class ItemsServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (!id.matches("\\d+")) {
            response.sendError(404);
            return;
        }
        String sleep = request.getParameter("sleep");
        if (sleep != null) {
            try {
                Thread.sleep(Long.parseLong(sleep));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try (Connection c = ScenarioApp.db.getConnection();
             PreparedStatement ps = c.prepareStatement("select name from " + ScenarioApp.users + " where id = ?")) {
            ps.setInt(1, Integer.parseInt(id));
            try (ResultSet rs = ps.executeQuery()) {
                response.setContentType("text/plain");
                response.getWriter().write("item " + id + " " + (rs.next() ? rs.getString(1) : "none"));
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
