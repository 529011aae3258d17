package io.perfloop.profile.scenario;

import java.nio.file.Path;

/** The scenarios on the JDK running the build (17). */
class ScenariosOnJdk17Test extends AbstractScenariosTest {
    @Override
    Path jdk() {
        return ForkedRun.currentJdk();
    }

    @Override
    String phases() {
        return "all";
    }
}
