package io.nabiz.engine.customer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.TreeSet;

/**
 * What the engine remembers about one customer of one brand: their recent contacts and their open
 * at-risk incident, if any.
 *
 * <p>A plain class with public fields and a no-argument constructor so a stream processor can keep
 * it as keyed state. Times are epoch milliseconds; {@code incidentId == null} means no incident is
 * open.
 */
public final class CustomerJourney {

    /** Contacts within the horizon, in event-time order. */
    public ArrayList<Contact> contacts = new ArrayList<>();

    /** Contacts received but not yet taken in: they wait until event time passes them. */
    public ArrayList<Contact> pending = new ArrayList<>();

    public long lastContactAt = Long.MIN_VALUE;
    public long lastComplaintAt = Long.MIN_VALUE;

    public String incidentId;
    public int seq;
    public long openedAt;
    public String severity;
    public TreeSet<String> reasons = new TreeSet<>();
    public int reportedComplaints;
    public long cooldownUntil = Long.MIN_VALUE;

    public boolean incidentOpen() {
        return incidentId != null;
    }

    /**
     * Keeps a received contact until event time reaches it; a second record of the same mention
     * (another aspect) joins the first.
     */
    public void receive(Contact c) {
        for (int i = 0; i < pending.size(); i++) {
            if (pending.get(i).id().equals(c.id())) {
                pending.set(i, pending.get(i).with(c));
                return;
            }
        }
        pending.add(c);
    }

    /**
     * The pending contacts at or before {@code until}, in event-time order, removed from pending.
     */
    public ArrayList<Contact> takeDue(Instant until) {
        ArrayList<Contact> due = new ArrayList<>();
        pending.removeIf(
                c -> {
                    if (c.ts().isAfter(until)) {
                        return false;
                    }
                    due.add(c);
                    return true;
                });
        due.sort(Contact.IN_ORDER);
        return due;
    }

    /**
     * Takes a contact into the journey and forgets contacts older than {@code horizon} before it. A
     * contact already taken (a replayed duplicate) is ignored.
     *
     * @return false when the contact was a duplicate
     */
    public boolean record(Contact c, Duration horizon) {
        if (contacts.stream().anyMatch(k -> k.id().equals(c.id()))) {
            return false;
        }
        contacts.add(c);
        contacts.sort(Contact.IN_ORDER);
        Instant from = c.ts().minus(horizon);
        contacts.removeIf(k -> k.ts().isBefore(from));
        lastContactAt = Math.max(lastContactAt, c.ts().toEpochMilli());
        if (c.complaint()) {
            lastComplaintAt = Math.max(lastComplaintAt, c.ts().toEpochMilli());
        }
        return true;
    }

    /** Whether nothing worth keeping is left: no pending contact and no open incident. */
    public boolean forgettable(long now, Duration ttl) {
        return pending.isEmpty()
                && !incidentOpen()
                && now >= lastContactAt + ttl.toMillis()
                && now >= cooldownUntil;
    }
}
