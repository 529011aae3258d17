/**
 * The part of the agent that instrumented JDK classes call into. At start-up the agent copies
 * these packages (with perfloop-core's {@code event} and {@code work} packages) into a small jar
 * appended to the bootstrap class path, so that advice inlined into {@code java.base} classes
 * ({@code ThreadPoolExecutor}, {@code HttpURLConnection}), platform classes (the JDK
 * {@code HttpClient} and {@code HttpServer}) and application classes alike reach one copy of
 * them. Everything here may therefore use only {@code java.base} and {@code java.management};
 * values from other libraries' types are extracted by the advice and passed in as plain values.
 */
package io.perfloop.agent.bootstrap;
