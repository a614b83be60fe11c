package io.contracthub.hub.people.notification;

import io.contracthub.hub.payment.BlockingReason;
import io.contracthub.hub.payment.PaymentFact;
import io.contracthub.hub.payment.PaymentNode;
import io.contracthub.hub.payment.PaymentProperties;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The notices of one stall alert: the first stall of a node goes to every audience of hub.payments.stall.audiences
 * (one notice each, keyed by the audience), a second stall of the same node to the escalation audiences alone. The text
 * carries the checklist of blocking reasons and the reply that answers it from WeCom or DingTalk.
 */
@Component
class PaymentStallNotices {

    static final String PAYMENT_STALL = "payment-stall";

    private final NotificationAudience audience;
    private final PaymentProperties.Stall settings;

    PaymentStallNotices(NotificationAudience audience, PaymentProperties properties) {
        this.audience = audience;
        this.settings = properties.stall();
    }

    List<Notice> notices(NotificationSources.JournalEvent event) {
        PaymentFact fact = PaymentFact.parse(event.reason()).orElse(null);
        if (fact == null || fact.node() == null) {
            return List.of();
        }
        List<String> audiences = fact.stall() > 1 ? settings.escalationAudiences() : settings.audiences();
        List<Notice> notices = new ArrayList<>();
        for (String name : audiences == null ? List.<String>of() : audiences) {
            notices.add(new Notice("journal", event.id(), name, PAYMENT_STALL, event.contractId(),
                    audience.members(name, event.viewJson()), title(event, fact), body(event, fact), card(event, fact, name)));
        }
        return notices;
    }

    /**
     * The checklist as buttons: each key is the reply that answers it ({@code reason <number> <invoice> <node> <1-4>}),
     * so a click is journalled exactly like the reply or the console's answer. One card per notice (task id).
     */
    static ChoiceCard card(NotificationSources.JournalEvent event, PaymentFact fact, String audienceName) {
        List<ChoiceCard.Button> buttons = new ArrayList<>();
        for (BlockingReason reason : BlockingReason.values()) {
            buttons.add(new ChoiceCard.Button("reason " + event.contractNumber() + " " + fact.invoice() + " "
                    + fact.node().number() + " " + reason.number(), BUTTON_WORDS[reason.number() - 1]));
        }
        return new ChoiceCard("stall-" + event.id() + "-" + audienceName.replaceAll("[^A-Za-z0-9_@-]", "_"), buttons);
    }

    private static String title(NotificationSources.JournalEvent event, PaymentFact fact) {
        return (fact.stall() > 1 ? "Payment stalled again (escalated): " : "Payment stalled: ") + event.contractNumber()
                + " " + fact.invoice();
    }

    static String body(NotificationSources.JournalEvent event, PaymentFact fact) {
        PaymentNode node = fact.node();
        StringBuilder body = new StringBuilder("### 回款停滞 Payment stalled").append(fact.stall() > 1 ? " (2nd+, escalated)" : "")
                .append("\nContract **").append(event.contractNumber()).append("**, invoice **").append(fact.invoice())
                .append("** waits at node ").append(node.number()).append(" (").append(NODE_WORDS[node.number() - 1])
                .append("): ").append(fact.note() == null ? "" : fact.note()).append(".\nWhat blocks it? Reply:\n");
        for (BlockingReason reason : BlockingReason.values()) {
            body.append("- `reason ").append(event.contractNumber()).append(' ').append(fact.invoice()).append(' ')
                    .append(node.number()).append(' ').append(reason.number())
                    .append(reason == BlockingReason.OTHER ? " <note>" : "").append("` ")
                    .append(REASON_WORDS[reason.number() - 1]).append('\n');
        }
        body.append("Or answer in the console: 回款进度 (payment journeys).");
        return body.toString();
    }

    private static final String[] NODE_WORDS = {"invoicing requested 已申请开票", "invoice received 客户已收票",
            "payment process started 客户已启动付款流程", "customer paid 客户财务已付款", "money arrived 款项到账"};
    // WeCom shows a button's text on one short line
    private static final String[] BUTTON_WORDS = {"发票信息有误", "客户流程变更", "银行账户冻结", "其他"};
    private static final String[] REASON_WORDS = {"发票信息有误 invoice details wrong",
            "客户内部流程变更 customer's internal process changed", "银行账户冻结 bank account frozen", "其他（附说明） other, with a note"};
}
