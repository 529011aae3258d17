package io.perfloop.agent.scenarios;

import java.nio.file.Files;
import java.nio.file.Path;

/** The agent scenarios with the application on Temurin 25 ({@code perfloop.jdk25.home}): virtual threads included. */
class AgentOnJdk25IT extends AgentScenarios {
    AgentOnJdk25IT() throws Exception {
        super(jdk25());
    }

    private static Path jdk25() {
        Path home = Path.of(System.getProperty("perfloop.jdk25.home", "/usr/lib/jvm/temurin-25-jdk-amd64"));
        if (!Files.isExecutable(home.resolve("bin/java"))) {
            throw new IllegalStateException("JDK 25 not found at " + home + " (set perfloop.jdk25.home)");
        }
        return home;
    }

    @Override
    int expectedJdk() {
        return 25;
    }
}
