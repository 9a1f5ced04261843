"""The overview page the user lands on: the dashboard totals
and the "pay this first" panel."""
