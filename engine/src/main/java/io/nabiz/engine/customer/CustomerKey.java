package io.nabiz.engine.customer;

import java.util.Objects;

/**
 * Whose journey: one customer of one brand. The customer id is pseudonymous (from the CRM), but it
 * still points at one person: it goes into customer alerts for care agents, never into logs.
 */
public record CustomerKey(String brand, String customer) {

    public CustomerKey {
        Objects.requireNonNull(brand, "brand");
        Objects.requireNonNull(customer, "customer");
    }

    @Override
    public String toString() {
        return brand + "/" + customer;
    }
}
