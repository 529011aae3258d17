package io.perfloop.agent;

import io.perfloop.agent.internal.AgentOptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgentOptionsTest {
    @Test
    void defaultsAreSafe() {
        AgentOptions o = AgentOptions.parse(null);
        assertThat(o.keep()).isTrue();
        assertThat(o.parameters()).isFalse();
        assertThat(o.gzip()).isFalse();
        assertThat(o.disabled()).isEmpty();
        assertThat(o.output()).isAbsolute();
    }

    @Test
    void parsesEveryOption() {
        AgentOptions o = AgentOptions.parse("output=/tmp/run,gzip=true,keep=false,queue=10,sampleAfter=3,maxStatements=50,"
                + "maxHttpCalls=5,parameters=true,maxSql=100,disable=executors;httpurlconnection,controlPollMillis=20,"
                + "log=quiet,callSiteExclusions=com.acme.dao.;com.acme.Repo");
        assertThat(o.output()).isEqualTo(Path.of("/tmp/run"));
        assertThat(o.gzip()).isTrue();
        assertThat(o.keep()).isFalse();
        assertThat(o.queue()).isEqualTo(10);
        assertThat(o.sampleAfter()).isEqualTo(3);
        assertThat(o.maxStatements()).isEqualTo(50);
        assertThat(o.maxHttpCalls()).isEqualTo(5);
        assertThat(o.parameters()).isTrue();
        assertThat(o.maxSql()).isEqualTo(100);
        assertThat(o.disabled()).containsExactlyInAnyOrder("executors", "httpurlconnection");
        assertThat(o.controlPollMillis()).isEqualTo(20);
        assertThat(o.log()).isEqualTo("quiet");
        assertThat(o.callSiteExclusions()).containsExactly("com.acme.dao.", "com.acme.Repo");
    }

    @Test
    void badInputIsNamedInTheError() {
        assertThatThrownBy(() -> AgentOptions.parse("outptu=/x")).hasMessageContaining("unknown agent option 'outptu'")
                .hasMessageContaining("output");
        assertThatThrownBy(() -> AgentOptions.parse("gzip=yes")).hasMessageContaining("gzip=yes");
        assertThatThrownBy(() -> AgentOptions.parse("queue=-1")).hasMessageContaining("positive");
        assertThatThrownBy(() -> AgentOptions.parse("disable=kafka")).hasMessageContaining("no such probe");
        assertThatThrownBy(() -> AgentOptions.parse("verbose")).hasMessageContaining("not key=value");
    }
}
