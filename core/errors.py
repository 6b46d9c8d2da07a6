"""Domain errors. Their messages are safe to show to the user as they are."""

from __future__ import annotations


class WaiterError(Exception):
    """Base class: the message explains the problem to a person."""


class InvalidProfile(WaiterError):
    """A profile does not fit the vocabulary."""


class InvalidCatalog(WaiterError):
    """The catalog file is malformed or inconsistent."""


class UnknownTool(WaiterError):
    """A tool name matched nothing in the catalog."""

    def __init__(self, name: str, suggestions: list[str] | None = None) -> None:
        self.name = name
        self.suggestions = suggestions or []
        hint = f" Did you mean {', '.join(self.suggestions)}?" if self.suggestions else ""
        super().__init__(f"I don't know a tool called “{name}”.{hint}")


class ConcurrentUpdate(WaiterError):
    """Someone else changed the conversation while this answer was being applied."""

    def __init__(self) -> None:
        super().__init__("That answer crossed with another one; please answer the question again.")


class StoreUnavailable(WaiterError):
    """The database could not be reached."""

    def __init__(self) -> None:
        super().__init__(
            "I can't reach my notebook right now. Please try again in a moment; "
            "nothing you already told me is lost."
        )
