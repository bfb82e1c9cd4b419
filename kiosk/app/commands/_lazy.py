"""Choices and defaults of the command line that live in heavy modules, read when first used.

Building the parser registers every command, so every command (the resident screens' start
among them) pays for whatever registering imports. A list of choices or a default kept in a
module that is slow to import (the configuration, pydantic models …) is given to argparse as
one of these: the module is imported only when argparse checks an argument against it or shows
it in help, or when the command itself reads it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cached_property
from typing import Generic, TypeVar, overload

T = TypeVar("T")


class Choices(Sequence[T]):
    """``choices=`` loaded on first use.

    The argument needs a ``metavar``: without one argparse lists the choices (so loads them)
    when the argument is added.
    """

    def __init__(self, load: Callable[[], Sequence[T]]) -> None:
        self._load = load

    @cached_property
    def _values(self) -> Sequence[T]:
        return self._load()

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[T]: ...

    def __getitem__(self, index: int | slice) -> T | Sequence[T]:
        return self._values[index]

    def __len__(self) -> int:
        return len(self._values)


class Default(Generic[T]):
    """``default=`` loaded on first use: help shows it as the value (``%(default)s``), and the
    command reads the value with :func:`value`."""

    def __init__(self, load: Callable[[], T]) -> None:
        self._load = load

    @cached_property
    def value(self) -> T:
        """The default itself."""
        return self._load()

    def __str__(self) -> str:
        return str(self.value)

    def __repr__(self) -> str:
        return repr(self.value)


def argument_value(given: T | Default[T]) -> T:
    """An argument as the command uses it: the value given, else its default."""
    return given.value if isinstance(given, Default) else given
