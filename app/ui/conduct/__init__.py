"""The lender-conduct screens: the contact log, the conduct check panel, the complaint dialog and the
labels they share."""
