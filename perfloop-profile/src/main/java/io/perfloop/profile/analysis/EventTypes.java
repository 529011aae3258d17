package io.perfloop.profile.analysis;

import jdk.jfr.EventType;
import jdk.jfr.consumer.RecordedEvent;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What each event type is to the analysis and which optional fields it has, cached per
 * {@link EventType} object: looking a field up by name is the JFR parser's slow path, and the type
 * name switch would otherwise run for every event.
 */
final class EventTypes {
    private static final String[] OPTIONAL_FIELDS = {"monitorClass", "parkedClass", "objectClass", "pinnedReason", "host"};

    private final Map<EventType, EventKind> kinds = new IdentityHashMap<>();
    private final Map<EventType, Set<String>> fields = new IdentityHashMap<>();

    EventKind kind(EventType type) {
        EventKind kind = kinds.get(type);
        if (kind == null) {
            kind = kindOf(type.getName());
            kinds.put(type, kind);
            for (String field : OPTIONAL_FIELDS) {
                if (type.getField(field) != null) {
                    fields.computeIfAbsent(type, t -> new HashSet<>()).add(field);
                }
            }
        }
        return kind;
    }

    /** Whether the event's type has {@code field} (one of the optional fields). */
    boolean has(RecordedEvent e, String field) {
        Set<String> f = fields.get(e.getEventType());
        return f != null && f.contains(field);
    }

    private static EventKind kindOf(String name) {
        return switch (name) {
            case "jdk.ExecutionSample" -> EventKind.CPU;
            case "jdk.ObjectAllocationSample" -> EventKind.ALLOCATION;
            case "jdk.JavaMonitorEnter" -> EventKind.MONITOR_ENTER;
            case "jdk.ThreadPark" -> EventKind.PARK;
            case "jdk.JavaMonitorWait" -> EventKind.MONITOR_WAIT;
            case "jdk.ThreadSleep" -> EventKind.SLEEP;
            case "jdk.SocketRead", "jdk.SocketWrite" -> EventKind.SOCKET;
            case "jdk.FileRead", "jdk.FileWrite" -> EventKind.FILE;
            case "jdk.VirtualThreadPinned" -> EventKind.PINNED;
            case "jdk.GarbageCollection" -> EventKind.GC;
            case "jdk.GCPhasePause" -> EventKind.GC_PAUSE;
            case "jdk.GCHeapSummary" -> EventKind.HEAP;
            case "jdk.ThreadCPULoad" -> EventKind.THREAD_CPU;
            case "jdk.ThreadStart" -> EventKind.THREAD_START;
            case "jdk.CPUInformation" -> EventKind.CPU_INFO;
            case "jdk.ContainerConfiguration" -> EventKind.CONTAINER;
            case "jdk.ActiveSetting" -> EventKind.SETTING;
            default -> EventKind.OTHER;
        };
    }
}
