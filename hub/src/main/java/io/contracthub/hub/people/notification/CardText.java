package io.contracthub.hub.people.notification;

/** The line of a markdown notice a card shows under its title: the first line after the heading, without markup. */
final class CardText {

    private static final int MAX = 120;

    private CardText() {
    }

    static String summary(String markdown) {
        String[] lines = markdown.strip().split("\n");
        String line = lines.length > 1 && lines[0].startsWith("#") ? lines[1] : lines[0];
        String plain = line.replaceAll("[*`#]", "").strip();
        return plain.length() <= MAX ? plain : plain.substring(0, MAX - 1) + "…";
    }
}
