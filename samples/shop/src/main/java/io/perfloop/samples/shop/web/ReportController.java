package io.perfloop.samples.shop.web;

import io.perfloop.samples.shop.lessons.Lesson7InMemoryReport;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Reports: problem 7. */
@RestController
class ReportController {

    private final Lesson7InMemoryReport report;

    ReportController(Lesson7InMemoryReport report) {
        this.report = report;
    }

    /**
     * Problem 7: every order placed on or after {@code from} and before {@code to} (ISO dates, UTC).
     * Written on the request thread in both modes, so the two are measured alike.
     */
    @GetMapping("/api/reports/orders")
    ResponseEntity<?> orders(@RequestParam LocalDate from, @RequestParam LocalDate to, HttpServletResponse response)
            throws IOException {
        Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to.atStartOfDay(ZoneOffset.UTC).toInstant();
        OrderController.require(start.isBefore(end), "from must be before to");
        OrderController.require(Duration.between(start, end).toDays() <= 366, "the period must be at most 366 days");
        if (!report.streams()) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report.inMemory(start, end));
        }
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        report.stream(start, end, response.getOutputStream());
        return null;
    }
}
