package io.contracthub.hub.people.notification;

import java.util.List;

/** What one event tells whom, before it is stored. */
record Notice(String sourceTable, long sourceId, String event, String contractId, List<String> recipients,
              String title, String body) {
}
