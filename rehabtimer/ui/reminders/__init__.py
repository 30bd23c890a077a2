"""Reminders: when they fall due, the popup, the dialog that sets them, the tray icon."""
