package org.dateline.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A query's answer: column names and rows of plain values (String, Long, Double, Boolean, or null).
 *
 * @param columns column names, in order
 * @param rows    the rows, each as long as {@code columns}
 */
public record Rows(List<String> columns, List<List<Object>> rows) {
    public Rows {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> r : rows) copy.add(Collections.unmodifiableList(new ArrayList<>(r)));
        rows = Collections.unmodifiableList(copy);
    }

    /** The value in row {@code row} under column {@code column}. */
    public Object get(int row, String column) {
        int i = columns.indexOf(column);
        if (i < 0) throw new IllegalArgumentException("no column " + column);
        return rows.get(row).get(i);
    }

    public int size() {
        return rows.size();
    }
}
