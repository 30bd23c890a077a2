"""The name of the profile made at the first start, in a module of its own so that the start
path can name it without loading the database layer (SQLAlchemy)."""

DEFAULT_PROFILE_NAME = "default"
