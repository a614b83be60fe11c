package io.contracthub.routes.spi;

/** Notices to people (WeCom / DingTalk): found in what the hub recorded, then sent with retries. */
public interface PeopleNotifications {

    /** Records a notice for every new event a rule asks for; answers how many were recorded. */
    int planNew();

    /** Sends the notices that are due; a failed one is rescheduled with backoff. Answers how many were sent. */
    int sendDue();
}
