package io.contracthub.hub.persistence;

import io.contracthub.hub.console.SettableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Vouchers awaiting OCR recognition and overdue sign flows are claimed work, one row at a time: of two nodes on one
 * database each row goes to one; a failed attempt backs off (never sooner than the provider's retry-after) and the
 * last one is a dead letter whose replay makes the row due again.
 */
class ClaimedRowWorkTest {

    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration RETRY_AFTER = Duration.ofMinutes(1);
    private static final RetryPolicy OCR_POLICY = new RetryPolicy(Duration.ofSeconds(5), Duration.ofMinutes(30), 3, RETRY_AFTER);
    private static final RetryPolicy ESIGN_POLICY = new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(30), 3, null);
    private static final Duration OVERDUE_AFTER = Duration.ofHours(6);

    private final SharedDatabase db = new SharedDatabase();
    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-01T08:00:00Z"));
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void shutDown() throws InterruptedException {
        threads.shutdownNow();
        threads.awaitTermination(30, TimeUnit.SECONDS);
        db.close();
    }

    @Test
    void twoNodesNeverTakeTheSameVoucher() throws Exception {
        insertContract("c-1");
        VoucherRepository vouchers = new VoucherRepository(db.jdbc, clock);
        List<Long> all = IntStream.range(0, 60).mapToObj(n -> vouchers.insert("c-1", "v" + n + ".png", "image/png", 1,
                "sha" + n, "/tmp/v" + n)).toList();
        VoucherRecognitionWork one = vouchers(new HubNode(db, "hub-1", clock), vouchers);
        VoucherRecognitionWork two = vouchers(new HubNode(db, "hub-2", clock), vouchers);

        Future<List<Long>> byOne = drain(() -> one.claimDue(7).stream().map(VoucherRecord::id).toList());
        Future<List<Long>> byTwo = drain(() -> two.claimDue(7).stream().map(VoucherRecord::id).toList());

        List<Long> taken = new ArrayList<>(await(byOne));
        taken.addAll(await(byTwo));
        assertThat(taken).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void aVoucherTheProviderCannotReadNowBacksOffNoSoonerThanItsRetryAfterThenIsDeadLetteredAndReplayable() {
        insertContract("c-1");
        VoucherRepository vouchers = new VoucherRepository(db.jdbc, clock);
        long id = vouchers.insert("c-1", "receipt.png", "image/png", 1, "abc", "/tmp/receipt.png");
        VoucherRecognitionWork work = vouchers(new HubNode(db, "hub-1", clock), vouchers);

        VoucherRecord first = work.claimDue(10).get(0);
        work.failed(first, "TENCENT", "TENCENT: HTTP 503");
        assertThat(voucherDueAt(id)).as("the 5 s backoff is less than retry-after").isEqualTo(clock.instant().plus(RETRY_AFTER));
        assertThat(work.claimDue(10)).isEmpty();

        clock.advance(RETRY_AFTER);
        work.failed(work.claimDue(10).get(0), "TENCENT", "TENCENT: HTTP 503");
        assertThat(voucherDueAt(id)).as("the 10 s backoff is still less").isEqualTo(clock.instant().plus(RETRY_AFTER));
        clock.advance(RETRY_AFTER);
        work.failed(work.claimDue(10).get(0), "TENCENT", "TENCENT: time-out");

        assertThat(vouchers.find(id).orElseThrow().status()).isEqualTo(VoucherRecord.DEAD);
        assertThat(vouchers.find(id).orElseThrow().attempts()).isEqualTo(3);
        DeadLetter letter = onlyDeadLetter();
        assertThat(letter.origin()).isEqualTo(DeadLetter.Origin.OCR);
        assertThat(letter.destination()).isEqualTo("TENCENT");
        assertThat(letter.reference()).isEqualTo(String.valueOf(id));
        assertThat(letter.contractId()).isEqualTo("c-1");
        assertThat(letter.reason()).contains("gave up after 3 attempts").contains("time-out");
        clock.advance(Duration.ofHours(2));
        assertThat(work.claimDue(10)).as("given up: not tried again").isEmpty();

        assertThat(vouchers.revive(letter.reference())).isTrue();
        assertThat(vouchers.revive(letter.reference())).as("revived once").isFalse();
        VoucherRecord revived = work.claimDue(10).get(0);
        assertThat(revived.id()).isEqualTo(id);
        assertThat(revived.attempts()).isZero();
    }

    @Test
    void twoNodesNeverQueryTheSameOverdueSignFlow() throws Exception {
        insertContract("c-1");
        SignFlowRepository flows = new SignFlowRepository(db.jdbc, clock);
        List<Long> all = IntStream.range(0, 60).mapToObj(n -> createdFlow(flows, "c-1", "flow-" + n)).toList();
        clock.advance(OVERDUE_AFTER.plusMinutes(1));
        SignFlowReconciliationWork one = signFlows(new HubNode(db, "hub-1", clock), flows);
        SignFlowReconciliationWork two = signFlows(new HubNode(db, "hub-2", clock), flows);
        Instant before = clock.instant().minus(OVERDUE_AFTER);

        Future<List<Long>> byOne = drain(() -> one.claimOverdue(before, 7).stream().map(due -> due.flow().id()).toList());
        Future<List<Long>> byTwo = drain(() -> two.claimOverdue(before, 7).stream().map(due -> due.flow().id()).toList());

        List<Long> taken = new ArrayList<>(await(byOne));
        taken.addAll(await(byTwo));
        assertThat(taken).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void anOverdueSignFlowEsignCannotAnswerBacksOffThenIsDeadLetteredAndReplayable() {
        insertContract("c-1");
        SignFlowRepository flows = new SignFlowRepository(db.jdbc, clock);
        long id = createdFlow(flows, "c-1", "flow-1");
        clock.advance(OVERDUE_AFTER.plusMinutes(1));
        SignFlowReconciliationWork work = signFlows(new HubNode(db, "hub-1", clock), flows);

        work.failed(work.claimOverdue(overdueBefore(), 10).get(0), "esign: HTTP 502");
        assertThat(work.claimOverdue(overdueBefore(), 10)).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        SignFlowRepository.Overdue second = work.claimOverdue(overdueBefore(), 10).get(0);
        assertThat(second.attempts()).isEqualTo(1);
        work.failed(second, "esign: HTTP 502");
        clock.advance(Duration.ofMinutes(1));
        assertThat(work.claimOverdue(overdueBefore(), 10)).as("the second failure waits 2 min").isEmpty();
        clock.advance(Duration.ofMinutes(1));
        work.failed(work.claimOverdue(overdueBefore(), 10).get(0), "esign: circuit breaker open");

        DeadLetter letter = onlyDeadLetter();
        assertThat(letter.origin()).isEqualTo(DeadLetter.Origin.SIGN_FLOW);
        assertThat(letter.destination()).isEqualTo("esign");
        assertThat(letter.reference()).isEqualTo(String.valueOf(id));
        assertThat(letter.contractId()).isEqualTo("c-1");
        assertThat(letter.payload()).contains("flow-1");
        assertThat(letter.reason()).contains("gave up after 3 attempts");
        clock.advance(Duration.ofHours(2));
        assertThat(work.claimOverdue(overdueBefore(), 10)).as("given up: not queried again").isEmpty();

        assertThat(flows.revive(letter.reference())).isTrue();
        SignFlowRepository.Overdue revived = work.claimOverdue(overdueBefore(), 10).get(0);
        assertThat(revived.flow().id()).isEqualTo(id);
        assertThat(revived.attempts()).isZero();
    }

    @Test
    void anAnsweredQueryStartsTheFlowsAttemptsAgain() {
        insertContract("c-1");
        SignFlowRepository flows = new SignFlowRepository(db.jdbc, clock);
        createdFlow(flows, "c-1", "flow-1");
        clock.advance(OVERDUE_AFTER.plusMinutes(1));
        SignFlowReconciliationWork work = signFlows(new HubNode(db, "hub-1", clock), flows);

        work.failed(work.claimOverdue(overdueBefore(), 10).get(0), "esign: HTTP 502");
        clock.advance(Duration.ofMinutes(1));
        work.succeeded(work.claimOverdue(overdueBefore(), 10).get(0));
        clock.advance(Duration.ofMinutes(3));

        assertThat(work.claimOverdue(overdueBefore(), 10)).singleElement()
                .satisfies(due -> assertThat(due.attempts()).isZero());
    }

    private Instant overdueBefore() {
        return clock.instant().minus(OVERDUE_AFTER);
    }

    private VoucherRecognitionWork vouchers(HubNode node, VoucherRepository vouchers) {
        return new VoucherRecognitionWork(vouchers, node.claims, db.transaction, OCR_POLICY, LEASE, clock);
    }

    private SignFlowReconciliationWork signFlows(HubNode node, SignFlowRepository flows) {
        return new SignFlowReconciliationWork(flows, node.claims, db.transaction, ESIGN_POLICY, LEASE, clock);
    }

    /** Claims on its own thread until nothing is due for it any more; answers what it took. */
    private Future<List<Long>> drain(Supplier<List<Long>> claim) {
        Callable<List<Long>> task = () -> {
            List<Long> taken = Collections.synchronizedList(new ArrayList<>());
            for (List<Long> batch = claim.get(); !batch.isEmpty(); batch = claim.get()) {
                taken.addAll(batch);
            }
            return taken;
        };
        return threads.submit(task);
    }

    private static List<Long> await(Future<List<Long>> taken) throws Exception {
        return taken.get(60, TimeUnit.SECONDS);
    }

    private long createdFlow(SignFlowRepository flows, String contractId, String signFlowId) {
        flows.insertRequested(contractId, "key-" + signFlowId);
        flows.markCreated("key-" + signFlowId, signFlowId, "file-" + signFlowId, null);
        return flows.findByIdempotencyKey("key-" + signFlowId).orElseThrow().id();
    }

    private Instant voucherDueAt(long id) {
        return db.jdbc.queryForObject("SELECT next_attempt_at FROM voucher WHERE id = ?", OffsetDateTime.class, id).toInstant();
    }

    private DeadLetter onlyDeadLetter() {
        List<DeadLetter> letters = new DeadLetterRepository(db.jdbc, clock).page(0, 10);
        assertThat(letters).hasSize(1);
        return letters.get(0);
    }

    private void insertContract(String id) {
        db.jdbc.update("""
                INSERT INTO contract (id, contract_number, version, lifecycle, tier, view_json, created_at, updated_at)
                VALUES (?, ?, 1, 'DRAFT', 'T1', '{}', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""", id, "N-" + id);
    }
}
