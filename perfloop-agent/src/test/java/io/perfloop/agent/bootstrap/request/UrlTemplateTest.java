package io.perfloop.agent.bootstrap.request;

import io.perfloop.agent.bootstrap.http.UrlTemplate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class UrlTemplateTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "http://api:8080/prices/42?token=secret|http://api:8080/prices/{id}|api:8080",
            "https://user:pw@pay.example/v1/charges|https://pay.example:443/v1/charges|pay.example:443",
            "http://h|http://h:80/|h:80",
            "not a url?x=1|not a url|?"})
    void keepsSchemeHostPortAndPathTemplateOnly(String url, String template, String host) {
        UrlTemplate t = UrlTemplate.of(url);
        assertThat(t.template()).isEqualTo(template);
        assertThat(t.host()).isEqualTo(host);
        assertThat(t.template()).doesNotContain("secret", "pw");
    }
}
