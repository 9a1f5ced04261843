"""Small building blocks every screen shares: money and date formatting, labels, form fields, tables,
badges, the wrapping check box and accessibility helpers."""
