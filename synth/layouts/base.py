"""The layout registry: each layout draws one document type in its own visual style."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from synth.canvas import DocCanvas

RenderFn = Callable[[DocCanvas, Any, random.Random], None]


class Pager:
    """A cursor down the pages of a document that breaks to a new page at the bottom margin;
    `header` draws a page's head and returns where content starts, `footer` its foot."""

    c: DocCanvas
    page: int
    y: float
    header: Callable[[Any], float]
    footer: Callable[[Any], None]

    @property
    def bottom(self) -> float:
        raise NotImplementedError

    def need(self, h: float) -> None:
        if self.y + h > self.bottom:
            self.page_break()

    def page_break(self) -> None:
        self.footer(self)
        self.c.new_page()
        self.page += 1
        self.y = self.header(self)

    def close(self) -> None:
        self.footer(self)


@dataclass(frozen=True, slots=True)
class Layout:
    name: str  # "<doc_type>.<style>", stable: truth files and benchmarks refer to it
    doc_type: str
    render: RenderFn
    holdout: bool  # held out of all tuning; benchmarks measure these as unseen layouts


REGISTRY: dict[str, list[Layout]] = {}


def layout(doc_type: str, style: str, *, holdout: bool = False) -> Callable[[RenderFn], RenderFn]:
    """Register a render function as layout `<doc_type>.<style>`."""

    def register(fn: RenderFn) -> RenderFn:
        REGISTRY.setdefault(doc_type, []).append(
            Layout(f"{doc_type}.{style}", doc_type, fn, holdout)
        )
        return fn

    return register


def layouts_for(doc_type: str, which: str = "all") -> list[Layout]:
    """Layouts of a type: `dev` (for tuning), `holdout` (never tuned on) or `all`."""
    items = REGISTRY.get(doc_type, [])
    if which == "dev":
        return [lay for lay in items if not lay.holdout]
    if which == "holdout":
        return [lay for lay in items if lay.holdout]
    return list(items)
