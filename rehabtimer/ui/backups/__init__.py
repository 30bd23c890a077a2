"""The history file kept safe while the app runs: backups, restore, recovery from damage."""
