package io.perfloop.profile.analysis;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Long CPU runs of one task on an event-loop thread are stalls; short tasks and idle samples are not. */
class EventLoopWatchTest {
    private static final long MS = 1_000_000;
    private final StackTable stacks = new StackTable(new MethodTable(LibraryFrames.defaults()), 1000);
    private final List<String> stalls = new ArrayList<>();
    private final EventLoopWatch watch = new EventLoopWatch(AnalysisOptions.DEFAULT_EVENT_LOOP_THREADS, stacks, 20 * MS);

    private int stack(String... frames) {
        int[] m = new int[frames.length];
        int[] l = new int[frames.length];
        for (int i = 0; i < frames.length; i++) {
            int dot = frames[i].lastIndexOf('.');
            m[i] = stacks.methodTable().intern(frames[i].substring(0, dot), frames[i].substring(dot + 1), FrameKind.JAVA);
            l[i] = 10 + i;
        }
        return stacks.intern(m, l);
    }

    private final EventLoopWatch.Sink sink = (s, cause, thread, nanos, scope) ->
            stalls.add(cause + " " + Sites.frame(stacks, s, 0) + " " + nanos / MS + "ms");

    private void sample(long millis, int stack) {
        watch.sample(1, "nioEventLoopGroup-2-1", millis * MS, stack, -1, -1, sink);
    }

    @Test
    void namesOfCommonEventLoops() {
        assertThat(watch.isEventLoop("nioEventLoopGroup-2-1")).isTrue();
        assertThat(watch.isEventLoop("multiThreadIoEventLoopGroup-3-4")).isTrue();
        assertThat(watch.isEventLoop("vert.x-eventloop-thread-0")).isTrue();
        assertThat(watch.isEventLoop("reactor-http-epoll-2")).isTrue();
        assertThat(watch.isEventLoop("http-nio-8080-exec-1")).isFalse();
        assertThat(watch.isEventLoop("vert.x-worker-thread-0")).isFalse();
        assertThat(watch.isEventLoop(null)).isFalse();
    }

    @Test
    void oneTaskOnTheCpuForLong_isAStall() {
        watch.interval(10 * MS);
        int task = stack("com.acme.Thumbs.scale", "com.acme.Thumbs.render", "io.netty.util.concurrent.SingleThreadEventExecutor.runAllTasks");
        for (long t = 0; t <= 100; t += 10) {
            sample(t, task);
        }
        watch.finish(sink);
        assertThat(stalls).containsExactly("cpu com.acme.Thumbs.render(Thumbs.java:11) 110ms");
    }

    @Test
    void manyShortTasksAndIdleSamples_areNot() {
        watch.interval(10 * MS);
        int a = stack("com.acme.A.run", "io.netty.util.concurrent.SingleThreadEventExecutor.runAllTasks");
        int b = stack("com.acme.B.run", "io.netty.util.concurrent.SingleThreadEventExecutor.runAllTasks");
        int idle = stack("sun.nio.ch.EPoll.wait", "io.netty.channel.nio.NioEventLoop.run");
        for (long t = 0; t < 300; t += 10) {
            sample(t, (t / 10) % 3 == 0 ? a : (t / 10) % 3 == 1 ? b : idle);
        }
        watch.finish(sink);
        assertThat(stalls).isEmpty();
    }

    @Test
    void aGapInTheSamplesEndsTheRun() {
        watch.interval(10 * MS);
        int task = stack("com.acme.Job.run", "java.lang.Thread.run");
        sample(0, task);
        sample(10, task);
        sample(200, task); // 190 ms without a sample: the loop did something else (or slept)
        sample(210, task);
        watch.finish(sink);
        assertThat(stalls).containsExactly("cpu com.acme.Job.run(Job.java:10) 20ms", "cpu com.acme.Job.run(Job.java:10) 20ms");
    }
}
