package io.contracthub.routes.spi;

/** Notices to people (WeCom / DingTalk): found in what the hub recorded, then sent with retries. */
public interface PeopleNotifications {

    /** Records a notice for every new event a rule asks for; answers how many were recorded. */
    int planNew();

    /** Records a reminder for every technical agreement newly due within the lead time; answers how many. */
    int planDeadlineReminders();

    /** Sends the notices that are due; a failed one is rescheduled with backoff. Answers how many were sent. */
    int sendDue();
}
