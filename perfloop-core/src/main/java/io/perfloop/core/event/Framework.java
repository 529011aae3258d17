package io.perfloop.core.event;

/**
 * Data-access frameworks that can be seen on the stack of a captured statement. Fix recipes are
 * chosen by the stack they will be applied to: an N+1 under Hibernate is fixed with a fetch
 * join, one in plain JDBC with a single {@code IN} query.
 */
public enum Framework {
    HIBERNATE("org.hibernate."),
    SPRING_DATA("org.springframework.data."),
    JOOQ("org.jooq."),
    MYBATIS("org.apache.ibatis.");

    private final String packagePrefix;

    Framework(String packagePrefix) {
        this.packagePrefix = packagePrefix;
    }

    /** Whether a class of this framework has the given name. */
    public boolean owns(String className) {
        return className.startsWith(packagePrefix);
    }
}
