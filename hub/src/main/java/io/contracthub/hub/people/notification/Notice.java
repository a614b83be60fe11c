package io.contracthub.hub.people.notification;

/**
 * What one event tells whom, before it is stored. The source (table, id, key) and the event make it unique; the key
 * is blank for sources that are rows of a table. {@code card}: the answers people may click, or null for a plain notice.
 */
record Notice(String sourceTable, long sourceId, String sourceKey, String event, String contractId,
              NotificationAudience.Addressees to, String title, String body, ChoiceCard card) {

    Notice(String sourceTable, long sourceId, String sourceKey, String event, String contractId,
           NotificationAudience.Addressees to, String title, String body) {
        this(sourceTable, sourceId, sourceKey, event, contractId, to, title, body, null);
    }

    Notice(String sourceTable, long sourceId, String event, String contractId, NotificationAudience.Addressees to,
           String title, String body) {
        this(sourceTable, sourceId, "", event, contractId, to, title, body, null);
    }
}
