"""The loans the user keeps: the list and its model, the loan page, the editor and its sections (card
statement, part-way, inputs), the schedule, the payment, paid-on and rate-change dialogs, money figures."""
