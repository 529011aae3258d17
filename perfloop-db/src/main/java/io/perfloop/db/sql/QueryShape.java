package io.perfloop.db.sql;

import net.sf.jsqlparser.expression.ExpressionVisitorAdapter;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.AllTableColumns;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The parts of a single-block SELECT that decide which index can serve it: the tables, the
 * conditions (WHERE and JOIN … ON, as {@link Atom}s), the ORDER BY, whether there is a LIMIT, and
 * every column the query touches (for covering indexes).
 *
 * @param tables     the base tables read, with their aliases
 * @param conditions the ANDed conditions of WHERE and every ON
 * @param orderBy    ORDER BY columns (expressions other than plain columns end the list)
 * @param limited    whether the query has LIMIT / FETCH FIRST
 * @param columns    every column referenced anywhere in the query
 * @param star       whether the query selects {@code *} (then no index can cover it)
 */
public record QueryShape(List<TableRef> tables, List<Atom> conditions, List<OrderKey> orderBy, boolean limited,
                         List<Atom.ColumnRef> columns, boolean star) {

    /** A table of the FROM clause. */
    public record TableRef(String name, String alias) {
        /** Whether a column qualifier refers to this table. */
        public boolean matches(String qualifier) {
            return qualifier != null && (qualifier.equalsIgnoreCase(alias == null ? bareName() : alias) || qualifier.equalsIgnoreCase(name));
        }

        /** The name without schema and quotes. */
        public String bareName() {
            String n = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : name;
            return n.replace("\"", "");
        }
    }

    /** One ORDER BY column. */
    public record OrderKey(String qualifier, String column, boolean descending) {
    }

    /** The shape of {@code sql}, when it is a single SELECT over plain tables. */
    public static Optional<QueryShape> of(String sql) {
        Optional<PlainSelect> select = ParsedSql.parse(sql).plainSelect();
        return select.flatMap(QueryShape::of);
    }

    private static Optional<QueryShape> of(PlainSelect select) {
        List<TableRef> tables = new ArrayList<>();
        if (!addTable(select.getFromItem(), tables)) {
            return Optional.empty();
        }
        List<Atom> conditions = new ArrayList<>(Conditions.of(select.getWhere()));
        if (select.getJoins() != null) {
            for (Join join : select.getJoins()) {
                if (!addTable(join.getFromItem(), tables)) {
                    return Optional.empty();
                }
                join.getOnExpressions().forEach(on -> conditions.addAll(Conditions.of(on)));
            }
        }
        List<OrderKey> order = new ArrayList<>();
        if (select.getOrderByElements() != null) {
            for (OrderByElement o : select.getOrderByElements()) {
                if (!(Conditions.unwrap(o.getExpression()) instanceof Column c)) {
                    break;
                }
                order.add(new OrderKey(Conditions.qualifier(c), Conditions.name(c), !o.isAsc()));
            }
        }
        ColumnCollector columns = new ColumnCollector();
        boolean star = false;
        for (SelectItem<?> item : select.getSelectItems()) {
            if (item.getExpression() instanceof AllColumns || item.getExpression() instanceof AllTableColumns) {
                star = true;
            } else {
                item.getExpression().accept(columns, null);
            }
        }
        accept(select.getWhere(), columns);
        if (select.getJoins() != null) {
            select.getJoins().forEach(j -> j.getOnExpressions().forEach(on -> accept(on, columns)));
        }
        if (select.getOrderByElements() != null) {
            select.getOrderByElements().forEach(o -> accept(o.getExpression(), columns));
        }
        if (select.getGroupBy() != null && select.getGroupBy().getGroupByExpressionList() != null) {
            for (Object e : select.getGroupBy().getGroupByExpressionList()) {
                accept((Expression) e, columns);
            }
        }
        boolean limited = select.getLimit() != null || select.getFetch() != null;
        return Optional.of(new QueryShape(tables, conditions, order, limited, List.copyOf(columns.found), star));
    }

    private static void accept(Expression e, ColumnCollector columns) {
        if (e != null) {
            e.accept(columns, null);
        }
    }

    private static boolean addTable(FromItem item, List<TableRef> tables) {
        if (!(item instanceof Table t)) {
            return false;
        }
        tables.add(new TableRef(t.getFullyQualifiedName(), t.getAlias() == null ? null : t.getAlias().getName()));
        return true;
    }

    /** Whether a qualifier-less or qualified column belongs to {@code table}, given the table's columns. */
    public boolean belongsTo(String qualifier, String column, TableRef table, Set<String> tableColumns) {
        if (qualifier != null) {
            return table.matches(qualifier);
        }
        return tables.size() == 1 ? table.equals(tables.get(0)) : tableColumns.contains(column.toLowerCase(Locale.ROOT));
    }

    /** The conditions on {@code table}'s own columns (not joins), given its columns. */
    public List<Atom> conditionsOn(TableRef table, Set<String> tableColumns) {
        return conditions.stream().filter(a -> a.column() != null && belongsTo(a.qualifier(), a.column(), table, tableColumns)).toList();
    }

    /** The columns of {@code table} the query touches, in first-use order. */
    public Set<String> columnsOf(TableRef table, Set<String> tableColumns) {
        Set<String> out = new LinkedHashSet<>();
        for (Atom.ColumnRef c : columns) {
            if (belongsTo(c.qualifier(), c.column(), table, tableColumns) && (tableColumns.isEmpty() || tableColumns.contains(c.column()))) {
                out.add(c.column());
            }
        }
        return out;
    }

    private static final class ColumnCollector extends ExpressionVisitorAdapter<Void> {
        final Set<Atom.ColumnRef> found = new LinkedHashSet<>();

        @Override
        public <S> Void visit(Column column, S context) {
            String n = column.getColumnName().toLowerCase(Locale.ROOT);
            if (!(column.getTable() == null && (n.equals("true") || n.equals("false")))) {
                found.add(new Atom.ColumnRef(Conditions.qualifier(column), Conditions.name(column)));
            }
            return null;
        }
    }
}
