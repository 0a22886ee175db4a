"""The one error type of document reading: a message a user can act on, naming no internals."""


class DocumentError(Exception):
    """A document could not be read; the message says why in a few words."""


class NotADocument(DocumentError):
    """Content that is no document at all (binary, or empty): skipped with a warning, not
    counted as a failure."""
