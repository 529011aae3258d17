package io.perfloop.load.http;

import java.util.List;

import io.perfloop.load.source.RequestSpec;

/**
 * A request ready to send.
 *
 * @param method  HTTP method
 * @param url     absolute URL
 * @param headers headers to add
 * @param body    body bytes, empty for none
 */
public record OutgoingRequest(String method, String url, List<RequestSpec.Header> headers, byte[] body) {
}
