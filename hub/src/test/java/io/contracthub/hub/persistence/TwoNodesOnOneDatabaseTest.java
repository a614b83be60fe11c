package io.contracthub.hub.persistence;

import io.contracthub.hub.cluster.RunOnceRoutePolicyFactory;
import io.contracthub.hub.console.SettableClock;
import io.contracthub.routes.spi.RunOnce;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import io.contracthub.routes.spi.InboundMessage;
import io.contracthub.routes.spi.InboxItem;
import io.contracthub.routes.spi.OutboxMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two hub nodes (each with its own node id) on one database: the inbox and the outbox lease each contract to one node
 * at a time, so every message is handled once and a contract's messages in order; a dead node's lease is taken over.
 * A job marked run-once runs on the node holding its lock in job_lock, and moves when that node is gone.
 */
class TwoNodesOnOneDatabaseTest {

    private static final int MESSAGES = 240;
    private static final int CONTRACTS = 16;

    private final SharedDatabase db = new SharedDatabase();
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final AtomicBoolean stop = new AtomicBoolean();

    @AfterEach
    void shutDown() throws InterruptedException {
        stop.set(true);
        threads.shutdownNow();
        threads.awaitTermination(30, TimeUnit.SECONDS);
        db.close();
    }

    @Test
    void inboxMessagesOfManyContractsAreRecordedOnceEachAndInOrderPerContractAcrossTwoNodes() throws Exception {
        HubNode one = new HubNode(db, "hub-1", Clock.systemUTC());
        HubNode two = new HubNode(db, "hub-2", Clock.systemUTC());
        // every seventh message fails once: its retry must still come before the contract's later messages
        Set<Long> failOnce = ConcurrentHashMap.newKeySet();
        List<Recorded> recorded = Collections.synchronizedList(new ArrayList<>());

        Future<?> arrivals = threads.submit(() -> {
            for (int n = 0; n < MESSAGES; n++) {
                long id = one.inbox.accept(message("evt-" + n, "HT-" + (n % CONTRACTS))).inboxId();
                if (n % 7 == 3) {
                    failOnce.add(id);
                }
            }
        });
        threads.submit(() -> dispatchUntilStopped(one, "hub-1", failOnce, recorded));
        threads.submit(() -> dispatchUntilStopped(two, "hub-2", failOnce, recorded));
        arrivals.get(60, TimeUnit.SECONDS);

        await().atMost(Duration.ofSeconds(60)).until(() -> pendingInbox() == 0);
        stop.set(true);

        List<Long> ids = recorded.stream().map(Recorded::id).toList();
        assertThat(ids).hasSize(MESSAGES).doesNotHaveDuplicates();
        Map<String, List<Long>> byContract = recorded.stream()
                .collect(Collectors.groupingBy(Recorded::contractKey, Collectors.mapping(Recorded::id, Collectors.toList())));
        assertThat(byContract).hasSize(CONTRACTS);
        byContract.forEach((contract, inRecordedOrder) ->
                assertThat(inRecordedOrder).as("messages of %s in arrival order", contract).isSorted());
        assertThat(recorded.stream().map(Recorded::node).distinct()).containsExactlyInAnyOrder("hub-1", "hub-2");
        assertThat(db.jdbc.queryForObject("SELECT COUNT(*) FROM dead_letter", Integer.class)).isZero();
    }

    @Test
    void aContractLeasedByOneNodeIsLeftToItByTheOther() {
        SettableClock clock = new SettableClock(Instant.parse("2026-12-01T08:00:00Z"));
        HubNode one = new HubNode(db, "hub-1", clock);
        HubNode two = new HubNode(db, "hub-2", clock);
        one.inbox.accept(message("a-1", "HT-A"));
        one.inbox.accept(message("a-2", "HT-A"));

        List<List<InboxItem>> first = one.inbox.dueByContract(10);
        assertThat(first).hasSize(1);
        assertThat(first.get(0)).extracting(InboxItem::eventId).containsExactly("a-1", "a-2");

        // a message for HT-A arriving now waits for hub-1's lease, even though nobody has locked that row
        one.inbox.accept(message("a-3", "HT-A"));
        one.inbox.accept(message("b-1", "HT-B"));
        List<List<InboxItem>> second = two.inbox.dueByContract(10);
        assertThat(second).hasSize(1);
        assertThat(second.get(0)).extracting(InboxItem::eventId).containsExactly("b-1");
        assertThat(leaseHolder("inbox", "HT-A")).isEqualTo("hub-1");

        two.inbox.markProcessed(second.get(0).get(0).id());
        two.inbox.release("HT-B");
        one.inbox.release("HT-A");
        assertThat(two.inbox.dueByContract(10)).singleElement()
                .satisfies(group -> assertThat(group).extracting(InboxItem::eventId).containsExactly("a-1", "a-2", "a-3"));
    }

    @Test
    void theLeaseOfAKilledNodeIsTakenOverOnceItRunsOut() {
        SettableClock clock = new SettableClock(Instant.parse("2026-12-01T08:00:00Z"));
        HubNode killed = new HubNode(db, "hub-1", clock);
        HubNode survivor = new HubNode(db, "hub-2", clock);
        survivor.inbox.accept(message("c-1", "HT-C"));
        assertThat(killed.inbox.dueByContract(10)).hasSize(1);
        // hub-1 dies here: it neither records the message nor gives the contract back

        assertThat(survivor.inbox.dueByContract(10)).isEmpty();
        clock.advance(HubNode.LEASE.minusSeconds(1));
        assertThat(survivor.inbox.dueByContract(10)).isEmpty();

        clock.advance(Duration.ofSeconds(2));
        List<List<InboxItem>> takenOver = survivor.inbox.dueByContract(10);
        assertThat(takenOver).singleElement()
                .satisfies(group -> assertThat(group).extracting(InboxItem::eventId).containsExactly("c-1"));
        assertThat(leaseHolder("inbox", "HT-C")).isEqualTo("hub-2");
    }

    @Test
    void aMessageRecordedByANodeWhoseLeaseRanOutCannotBeRecordedAgain() {
        SettableClock clock = new SettableClock(Instant.parse("2026-12-01T08:00:00Z"));
        HubNode slow = new HubNode(db, "hub-1", clock);
        HubNode other = new HubNode(db, "hub-2", clock);
        other.inbox.accept(message("d-1", "HT-D"));
        InboxItem item = slow.inbox.dueByContract(10).get(0).get(0);
        clock.advance(HubNode.LEASE.plusSeconds(1));
        InboxItem sameItem = other.inbox.dueByContract(10).get(0).get(0);

        other.inbox.markProcessed(sameItem.id());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> slow.inbox.markProcessed(item.id()))
                .isInstanceOf(JdbcInboxStore.AlreadyProcessedException.class);
    }

    @Test
    void outboxMessagesArePublishedOnceEachAndInOrderPerContractAcrossTwoNodes() throws Exception {
        HubNode one = new HubNode(db, "hub-1", Clock.systemUTC());
        HubNode two = new HubNode(db, "hub-2", Clock.systemUTC());
        List<String> contracts = IntStream.range(0, CONTRACTS).mapToObj(n -> "ch-" + n).toList();
        contracts.forEach(this::insertContract);
        List<Recorded> published = Collections.synchronizedList(new ArrayList<>());

        Future<?> firing = threads.submit(() -> {
            for (int n = 0; n < MESSAGES; n++) {
                one.outbox.insert(contracts.get(n % CONTRACTS), n, "ERP_ORDER", "erp.orders", "key-" + n, "{}");
            }
        });
        threads.submit(() -> relayUntilStopped(one, "hub-1", published));
        threads.submit(() -> relayUntilStopped(two, "hub-2", published));
        firing.get(60, TimeUnit.SECONDS);

        await().atMost(Duration.ofSeconds(60))
                .until(() -> db.jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE published_at IS NULL", Integer.class) == 0);
        stop.set(true);

        assertThat(published.stream().map(Recorded::id).toList()).hasSize(MESSAGES).doesNotHaveDuplicates();
        published.stream()
                .collect(Collectors.groupingBy(Recorded::contractKey, Collectors.mapping(Recorded::id, Collectors.toList())))
                .forEach((contract, inPublishedOrder) ->
                        assertThat(inPublishedOrder).as("triggers of %s in firing order", contract).isSorted());
        assertThat(published.stream().map(Recorded::node).distinct()).containsExactlyInAnyOrder("hub-1", "hub-2");
    }

    @Test
    void aDueNoticeIsClaimedByOneNodeAndDueAgainWhenItsLeaseRunsOut() {
        SettableClock clock = new SettableClock(Instant.parse("2026-12-01T08:00:00Z"));
        WorkClaims one = new HubNode(db, "hub-1", clock).claims;
        WorkClaims two = new HubNode(db, "hub-2", clock).claims;
        db.jdbc.update("""
                INSERT INTO people_notification (source_table, source_id, event, channel, recipients, title, body, status,
                  attempts, next_attempt_at, created_at)
                VALUES ('journal', 1, 'EFFECTIVE', 'wecom', 'rep-1', 'title', 'body', 'PENDING', 0, ?, ?)""",
                Timestamps.column(clock.instant()), Timestamps.column(clock.instant()));
        long id = db.jdbc.queryForObject("SELECT id FROM people_notification", Long.class);
        java.time.OffsetDateTime seen = dueAt(id);
        Duration lease = Duration.ofMinutes(2);

        assertThat(one.claimRow("people_notification", id, seen, lease)).isTrue();
        assertThat(two.claimRow("people_notification", id, seen, lease)).as("read before hub-1 claimed it").isFalse();

        // hub-1 dies before sending: the notice is due again when the lease ends, for whichever node reads it then
        clock.advance(lease);
        assertThat(dueAt(id).toInstant()).isEqualTo(clock.instant());
        assertThat(two.claimRow("people_notification", id, dueAt(id), lease)).isTrue();
    }

    @Test
    void aJobLockIsHeldByOneNodeAndTakenOverWhenItRunsOut() {
        SettableClock clock = new SettableClock(Instant.parse("2026-12-01T08:00:00Z"));
        JobLocks one = new HubNode(db, "hub-1", clock).jobs;
        JobLocks two = new HubNode(db, "hub-2", clock).jobs;
        Duration hold = Duration.ofMinutes(2);

        assertThat(one.tryHold("payments.stalls.scan", hold)).isTrue();
        assertThat(two.tryHold("payments.stalls.scan", hold)).isFalse();
        assertThat(two.tryHold("reports.reconciliation", hold)).as("another job's lock is free").isTrue();

        clock.advance(Duration.ofMinutes(1));
        assertThat(one.tryHold("payments.stalls.scan", hold)).as("the holder renews").isTrue();
        clock.advance(Duration.ofSeconds(119));
        assertThat(two.tryHold("payments.stalls.scan", hold)).isFalse();

        clock.advance(Duration.ofSeconds(2));
        assertThat(two.tryHold("payments.stalls.scan", hold)).as("hub-1 stopped renewing: taken over").isTrue();
        assertThat(one.tryHold("payments.stalls.scan", hold)).isFalse();
        assertThat(one.holder("payments.stalls.scan")).contains("hub-2");
    }

    @Test
    void aTimerRouteMarkedRunOnceRunsOnOneNodeOnlyAndMovesWhenThatNodeDies() throws Exception {
        SettableClock clock = new SettableClock(Instant.parse("2026-12-01T08:00:00Z"));
        Map<String, AtomicInteger> runs = Map.of("hub-1", new AtomicInteger(), "hub-2", new AtomicInteger());
        try (CamelContext one = nodeRunningAScan(new HubNode(db, "hub-1", clock), runs.get("hub-1"));
             CamelContext two = nodeRunningAScan(new HubNode(db, "hub-2", clock), runs.get("hub-2"))) {
            one.start();
            two.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> runs.get("hub-1").get() + runs.get("hub-2").get() >= 20);
            String holder = runs.get("hub-1").get() > 0 ? "hub-1" : "hub-2";
            String other = holder.equals("hub-1") ? "hub-2" : "hub-1";
            assertThat(runs.get(other)).as("the node without the lock skips every run").hasValue(0);

            (holder.equals("hub-1") ? one : two).stop();
            clock.advance(Duration.ofMinutes(3));
            await().atMost(Duration.ofSeconds(30)).until(() -> runs.get(other).get() > 0);
        }
    }

    @Test
    void aNodeThatStopsGivesItsJobLockUpSoTheNextNodeRunsTheJobWithoutWaitingOutTheHold() throws Exception {
        SettableClock clock = new SettableClock(Instant.parse("2026-12-01T08:00:00Z"));
        AtomicInteger firstRuns = new AtomicInteger();
        AtomicInteger nextRuns = new AtomicInteger();
        HubNode first = new HubNode(db, "hub-1", clock);
        try (CamelContext one = nodeRunningAScan(first, firstRuns)) {
            one.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> firstRuns.get() > 0);
        }
        assertThat(first.jobs.holder("test.deadline-scan")).as("released when its route stopped").isEmpty();

        try (CamelContext restarted = nodeRunningAScan(new HubNode(db, "hub-1-restarted", clock), nextRuns)) {
            restarted.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> nextRuns.get() > 0);
        }
    }

    @Test
    void aNodeReleasesOnlyALockItHolds() {
        SettableClock clock = new SettableClock(Instant.parse("2026-12-01T08:00:00Z"));
        JobLocks one = new HubNode(db, "hub-1", clock).jobs;
        JobLocks two = new HubNode(db, "hub-2", clock).jobs;
        assertThat(one.tryHold("reports.monthly", Duration.ofMinutes(2))).isTrue();

        two.release("reports.monthly");

        assertThat(two.holder("reports.monthly")).contains("hub-1");
        assertThat(two.tryHold("reports.monthly", Duration.ofMinutes(2))).isFalse();
    }

    private static CamelContext nodeRunningAScan(HubNode node, AtomicInteger runs) throws Exception {
        CamelContext camel = new DefaultCamelContext();
        camel.addRoutePolicyFactory(new RunOnceRoutePolicyFactory(node.jobs, Duration.ofMinutes(2)));
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("timer:deadline-scan?period=20&delay=0")
                        .routeId("test.deadline-scan")
                        .routeProperty(RunOnce.ROUTE_PROPERTY, "true")
                        .process(exchange -> runs.incrementAndGet());
            }
        });
        return camel;
    }

    private void dispatchUntilStopped(HubNode node, String name, Set<Long> failOnce, List<Recorded> recorded) {
        ExecutorService parallel = Executors.newFixedThreadPool(3);
        try {
            while (!stop.get()) {
                List<Future<?>> groups = new ArrayList<>();
                for (List<InboxItem> group : node.inbox.dueByContract(7)) {
                    groups.add(parallel.submit(() -> recordInOrder(node, name, group, failOnce, recorded)));
                }
                for (Future<?> group : groups) {
                    group.get();
                }
            }
        } catch (Exception e) {
            if (!stop.get()) {
                throw new IllegalStateException(e);
            }
        } finally {
            parallel.shutdownNow();
        }
    }

    /** What InboxDispatchRoutes does with a leased group, with "recording" being the inbox row turning PROCESSED. */
    private static void recordInOrder(HubNode node, String name, List<InboxItem> group, Set<Long> failOnce,
                                      List<Recorded> recorded) {
        try {
            for (InboxItem item : group) {
                if (failOnce.remove(item.id())) {
                    node.inbox.recordFailure(item, new IllegalStateException("the contract is not there yet"));
                    return;
                }
                node.inbox.markProcessed(item.id());
                recorded.add(new Recorded(name, item.contractKey(), item.id()));
            }
        } finally {
            node.inbox.release(group.get(0).contractKey());
        }
    }

    private void relayUntilStopped(HubNode node, String name, List<Recorded> published) {
        while (!stop.get()) {
            List<OutboxMessage> batch = node.outbox.pending(20);
            try {
                batch.forEach(message -> published.add(new Recorded(name, message.contractId(), message.id())));
                node.outbox.markPublished(batch.stream().map(OutboxMessage::id).toList());
            } finally {
                node.outbox.release(batch);
            }
        }
    }

    private java.time.OffsetDateTime dueAt(long noticeId) {
        return db.jdbc.queryForObject("SELECT next_attempt_at FROM people_notification WHERE id = ?",
                java.time.OffsetDateTime.class, noticeId);
    }

    private int pendingInbox() {
        return db.jdbc.queryForObject("SELECT COUNT(*) FROM inbox WHERE status <> 'PROCESSED'", Integer.class);
    }

    private String leaseHolder(String queue, String key) {
        return db.jdbc.queryForObject("SELECT claimed_by FROM work_lease WHERE queue = ? AND lease_key = ?", String.class,
                queue, key);
    }

    private void insertContract(String id) {
        db.jdbc.update("""
                INSERT INTO contract (id, contract_number, version, lifecycle, tier, view_json, created_at, updated_at)
                VALUES (?, ?, 1, 'DRAFT', 'T1', '{}', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""", id, "N-" + id);
    }

    private static InboundMessage message(String eventId, String contractKey) {
        String body = "{\"event\":\"" + eventId + "\"}";
        return new InboundMessage("crm", eventId, contractKey, Instant.parse("2026-12-01T07:00:00Z"),
                body.getBytes(StandardCharsets.UTF_8), body);
    }

    private record Recorded(String node, String contractKey, long id) {
    }
}
