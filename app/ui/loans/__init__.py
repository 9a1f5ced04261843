"""The loans the user keeps: the list and its model, the detail page, the editor, the schedule, the payment,
paid-on and rate-change dialogs, and the money figures shown for one loan."""
