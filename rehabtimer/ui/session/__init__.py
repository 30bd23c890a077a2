"""A session and the pages around it: cautions, questions, pain, the timer, sound, voice."""
