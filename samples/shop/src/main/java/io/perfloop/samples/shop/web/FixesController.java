package io.perfloop.samples.shop.web;

import io.perfloop.samples.shop.config.Fix;
import io.perfloop.samples.shop.config.Fixes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.List;

/** Which switches this run has on, so a measurement can record what it measured. */
@RestController
class FixesController {

    /**
     * One switch.
     *
     * @param id      the name used in {@code shop.fix}
     * @param problem the problem number in the README
     * @param on      whether it is on
     * @param summary what it changes
     */
    record Switch(String id, int problem, boolean on, String summary) {
    }

    private final Fixes fixes;

    FixesController(Fixes fixes) {
        this.fixes = fixes;
    }

    @GetMapping("/api/fixes")
    List<Switch> fixes() {
        return Arrays.stream(Fix.values()).map(f -> new Switch(f.id(), f.problem(), fixes.isOn(f), f.summary())).toList();
    }
}
