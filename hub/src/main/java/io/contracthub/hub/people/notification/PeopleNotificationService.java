package io.contracthub.hub.people.notification;

import io.contracthub.routes.spi.PeopleNotifications;
import org.springframework.stereotype.Service;

@Service
public class PeopleNotificationService implements PeopleNotifications {

    private final NotificationPlanner planner;
    private final TechnicalAgreementReminders reminders;
    private final NotificationSender sender;

    public PeopleNotificationService(NotificationPlanner planner, TechnicalAgreementReminders reminders,
                                     NotificationSender sender) {
        this.planner = planner;
        this.reminders = reminders;
        this.sender = sender;
    }

    @Override
    public int planNew() {
        return planner.planNew();
    }

    @Override
    public int planDeadlineReminders() {
        return reminders.planDue();
    }

    @Override
    public int sendDue() {
        return sender.sendDue();
    }
}
