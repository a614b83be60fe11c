-- A notice people answer with one click (docs/payment-journey.md, "The 48-hour rule"): the card's task id and buttons
-- as JSON, sent as a WeCom template card or a DingTalk interactive card; NULL for a plain notice.
ALTER TABLE people_notification ADD COLUMN choice_card TEXT;
