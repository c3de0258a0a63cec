package org.dateline.page;

import java.util.List;

/** The publisher of a page and what its disclosures say about it ({@code state-funded}, ...). */
public record Outlet(String name, List<String> labels) {
    public static final Outlet UNKNOWN = new Outlet(null, List.of());

    public Outlet {
        labels = List.copyOf(labels);
    }
}
