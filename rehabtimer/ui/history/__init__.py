"""The history a caregiver reads: charts, the session table, dialogs, the PDF report."""
