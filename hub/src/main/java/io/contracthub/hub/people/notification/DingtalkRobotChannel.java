package io.contracthub.hub.people.notification;

import io.contracthub.connectors.dingtalk.DingtalkRobot;

import java.util.List;

/**
 * A DingTalk custom group robot as a channel: the notice is posted to the robot's group, so everyone in it (the
 * audience's members included) reads it there. The robot answers no message id.
 */
final class DingtalkRobotChannel implements ChatChannel {

    private final DingtalkRobot robot;

    DingtalkRobotChannel(DingtalkRobot robot) {
        this.robot = robot;
    }

    @Override
    public String name() {
        return DingtalkRobot.SYSTEM;
    }

    @Override
    public String send(List<String> userIds, String title, String markdown) {
        robot.sendMarkdown(title, markdown);
        return null;
    }
}
