"""Exit codes of the headless commands (``floorview watch``, ``floorview snapshot``).

One table from an error to a code and a sentence, so both commands say the same thing
for the same failure:

    0 ok, 1 anything else, 2 bad usage, 3 bad credentials,
    4 unknown branch or forbidden, 5 server unreachable.
"""

from __future__ import annotations

from floorview.core.rest import ApiError, Forbidden, Unauthorized, Unreachable
from floorview.core.session import MissingCredentials, UnknownBranch
from floorview.core.words import translate

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_CREDENTIALS, EXIT_BRANCH, EXIT_UNREACHABLE = 0, 1, 2, 3, 4, 5


def exit_for(error: MissingCredentials | UnknownBranch | ApiError) -> tuple[int, str]:
    """The exit code for ``error`` and a sentence for the user (no program name)."""
    if isinstance(error, Unauthorized):
        if error.message:
            return EXIT_CREDENTIALS, translate("Exits", "bad credentials (the server said: {0}).").format(
                error.message)
        return EXIT_CREDENTIALS, translate("Exits", "bad credentials.")
    if isinstance(error, MissingCredentials):
        return EXIT_CREDENTIALS, str(error)
    if isinstance(error, UnknownBranch | Forbidden):
        return EXIT_BRANCH, str(error)
    if isinstance(error, Unreachable):
        return EXIT_UNREACHABLE, str(error)
    return EXIT_ERROR, str(error)
