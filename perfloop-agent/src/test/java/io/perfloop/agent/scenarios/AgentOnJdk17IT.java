package io.perfloop.agent.scenarios;

import java.nio.file.Path;

/** The agent scenarios with the application on the JDK running the build (17). */
class AgentOnJdk17IT extends AgentScenarios {
    AgentOnJdk17IT() throws Exception {
        super(Path.of(System.getProperty("java.home")));
    }

    @Override
    int expectedJdk() {
        return 17;
    }
}
