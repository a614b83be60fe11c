-- Several hub nodes on one database (issue 14).
-- work_lease: which node holds a unit of deferred work (a contract's inbox messages, a contract's outbox messages)
-- and until when. A node that dies leaves a lease that simply runs out; another node then takes it over.
CREATE TABLE work_lease (
    queue       VARCHAR(32)  NOT NULL,
    lease_key   VARCHAR(128) NOT NULL,
    claimed_by  VARCHAR(128),
    lease_until TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_work_lease PRIMARY KEY (queue, lease_key)
);

-- job_lock: a job that must run once across nodes (reports, scans) runs on the node holding its lock.
CREATE TABLE job_lock (
    name         VARCHAR(128) NOT NULL,
    owner        VARCHAR(128),
    locked_until TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_job_lock PRIMARY KEY (name)
);
