"""The home screen: routine cards, today's progress, and the first frame shown at start."""
