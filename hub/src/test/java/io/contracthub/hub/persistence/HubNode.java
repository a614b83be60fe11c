package io.contracthub.hub.persistence;

import io.contracthub.hub.cluster.NodeId;
import io.contracthub.hub.config.HubProperties;

import java.time.Clock;
import java.time.Duration;

/** What one hub node uses of the shared database: its own node id, the same tables as every other node. */
final class HubNode {

    static final Duration LEASE = Duration.ofMinutes(1);

    final WorkClaims claims;
    final JdbcInboxStore inbox;
    final JdbcOutboxStore outbox;
    final JobLocks jobs;

    HubNode(SharedDatabase db, String nodeId, Clock clock) {
        NodeId node = NodeId.of(nodeId);
        claims = new WorkClaims(db.jdbc, db.transaction, clock, node, LEASE, new DeadLetterRepository(db.jdbc, clock));
        inbox = new JdbcInboxStore(db.jdbc, clock,
                new HubProperties.Inbox(6, Duration.ofMillis(1), Duration.ofMillis(4)), claims);
        outbox = new JdbcOutboxStore(db.jdbc, clock, claims);
        jobs = new JobLocks(db.jdbc, db.transaction, clock, node);
    }
}
