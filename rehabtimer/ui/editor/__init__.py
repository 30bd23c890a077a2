"""The routine editor: the list of routines, and the forms for one routine and its steps."""
