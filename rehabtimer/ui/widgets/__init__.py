"""Pieces every room uses: the page shape, layouts, the 0-10 chooser, style, words."""
