"""Errors a user can fix from their config or data; jobs report them as one line, not a stack trace.

Kept in a module of their own so that every job can import them without pandas or torch.
"""


class UserError(Exception):
    """Base class of the errors whose message alone tells the user what to change."""


class ConfigError(UserError, ValueError):
    """A configuration value is wrong; the message names the key."""


class DatasetError(UserError, ValueError):
    """A dataset cannot be used as given; the message names the dataset and the problem."""


class DownloadError(UserError, RuntimeError):
    """A download failed or its content does not match the expected checksum."""
