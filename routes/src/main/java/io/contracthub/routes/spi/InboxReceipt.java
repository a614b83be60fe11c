package io.contracthub.routes.spi;

/** What the inbox answers when a message is offered: its row id, and whether it was seen before. */
public record InboxReceipt(long inboxId, boolean duplicate) {
}
