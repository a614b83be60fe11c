package io.contracthub.hub.people.notification;

/**
 * What one event tells whom, before it is stored. The source (table, id, key) and the event make it unique; the key
 * is blank for sources that are rows of a table.
 */
record Notice(String sourceTable, long sourceId, String sourceKey, String event, String contractId,
              NotificationAudience.Addressees to, String title, String body) {

    Notice(String sourceTable, long sourceId, String event, String contractId, NotificationAudience.Addressees to,
           String title, String body) {
        this(sourceTable, sourceId, "", event, contractId, to, title, body);
    }
}
