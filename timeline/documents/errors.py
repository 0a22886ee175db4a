"""The one error type of document reading: a message a user can act on, naming no internals."""


class DocumentError(Exception):
    """A document could not be read; the message says why in a few words."""
