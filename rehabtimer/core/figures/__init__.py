"""Figures that show each exercise: poses of a 2-D body, the library, and how they move with
the session's phases. No Qt here; ui/session/figure.py draws them."""
