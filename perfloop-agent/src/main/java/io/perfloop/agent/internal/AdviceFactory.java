package io.perfloop.agent.internal;

import io.perfloop.agent.bootstrap.Probe;
import io.perfloop.agent.bootstrap.Probes;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.implementation.bytecode.StackManipulation;
import net.bytebuddy.implementation.bytecode.constant.TextConstant;
import net.bytebuddy.implementation.bytecode.member.MethodInvocation;

/**
 * Builds advice transformers. Advice classes are read as class files from the agent jar, never
 * loaded (they mention types, like {@code jakarta.servlet.ServletRequest}, that only the
 * application's class loader knows). Whatever an inlined advice throws is caught and handed to
 * {@link Probes#adviceFailed(Throwable, String)} with the probe's name: the probe switches off,
 * the application's method carries on.
 */
public final class AdviceFactory {
    private static final MethodDescription ADVICE_FAILED;

    static {
        try {
            ADVICE_FAILED = new MethodDescription.ForLoadedMethod(
                    Probes.class.getMethod("adviceFailed", Throwable.class, String.class));
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final ClassLoader agentLoader;

    AdviceFactory(ClassLoader agentLoader) {
        this.agentLoader = agentLoader;
    }

    /** A transformer to which the module adds {@code advice(methodMatcher, adviceClassName)} entries. */
    public AgentBuilder.Transformer.ForAdvice forProbe(Probe probe) {
        return new AgentBuilder.Transformer.ForAdvice()
                .include(agentLoader)
                .withExceptionHandler(new Advice.ExceptionHandler.Simple(new StackManipulation.Compound(
                        new TextConstant(probe.name()), MethodInvocation.invoke(ADVICE_FAILED))));
    }
}
