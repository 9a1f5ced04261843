"""Find the line of a TOML document where a value lives, so a refused rule pack can say "line 42".

tomllib gives no positions, so this scans the text: it follows table and array-of-tables headers the way
TOML numbers them and looks for the key at the top of the table. It is a pointer for people fixing a
pack, not a parser: a key it cannot place falls back to its table's header line, or to no line at all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

Location = Sequence[str | int]

# Header names hold key characters only, so an array value on a line of its own ("[360, 80]") is no header.
_HEADER = re.compile(r"""^\s*(\[\[?)\s*([A-Za-z0-9_.\-"' ]+?)\s*\]\]?\s*(#.*)?$""")
_KEY = re.compile(
    r"""^\s*((?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*')(?:\s*\.\s*(?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*'))*)\s*="""
)


def _split_dotted(dotted: str) -> list[str]:
    parts = re.findall(r"""[A-Za-z0-9_-]+|"[^"]*"|'[^']*'""", dotted)
    return [part.strip("\"'") for part in parts]


@dataclass(frozen=True, slots=True)
class _Section:
    path: tuple[str | int, ...]
    header_line: int | None  # 1-based; None for the top-level table
    keys: tuple[tuple[tuple[str, ...], int], ...]  # (dotted key parts, line) in order


class TomlLines:
    """Index of a TOML text's tables; ``line_of(("rules", 3, "text", "zh_CN"))`` -> a 1-based line."""

    def __init__(self, text: str) -> None:
        self._sections = self._scan(text.splitlines())

    @staticmethod
    def _scan(lines: list[str]) -> list[_Section]:
        sections: list[_Section] = []
        latest_index: dict[tuple[str | int, ...], int] = {}
        path: tuple[str | int, ...] = ()
        header_line: int | None = None
        keys: list[tuple[tuple[str, ...], int]] = []
        in_multiline_string = False
        for number, line in enumerate(lines, start=1):
            # Text inside a multi-line string is never a header or a key.
            if line.count('"""') % 2 == 1 or line.count("'''") % 2 == 1:
                was_inside = in_multiline_string
                in_multiline_string = not in_multiline_string
                if was_inside:
                    continue
            elif in_multiline_string:
                continue
            header = _HEADER.match(line)
            if header:
                sections.append(_Section(path, header_line, tuple(keys)))
                is_array = header.group(1) == "[["
                path = TomlLines._resolve(_split_dotted(header.group(2)), is_array, latest_index)
                header_line, keys = number, []
                continue
            key = _KEY.match(line)
            if key:
                keys.append((tuple(_split_dotted(key.group(1))), number))
        sections.append(_Section(path, header_line, tuple(keys)))
        return sections

    @staticmethod
    def _resolve(
        names: list[str], is_array: bool, latest_index: dict[tuple[str | int, ...], int]
    ) -> tuple[str | int, ...]:
        resolved: tuple[str | int, ...] = ()
        for position, name in enumerate(names):
            resolved += (name,)
            last = position == len(names) - 1
            if last and is_array:
                index = latest_index.get(resolved, -1) + 1
                latest_index[resolved] = index
                # A new element starts afresh: forget the element counts of arrays nested in the old one.
                for stale in [
                    p for p in latest_index if len(p) > len(resolved) and p[: len(resolved)] == resolved
                ]:
                    del latest_index[stale]
                resolved += (index,)
            elif resolved in latest_index:
                resolved += (latest_index[resolved],)
        return resolved

    def line_of(self, location: Location) -> int | None:
        target = tuple(location)
        best: _Section | None = None
        for section in self._sections:
            size = len(section.path)
            if target[:size] == section.path and (best is None or size > len(best.path)):
                best = section
        if best is None:
            return None
        rest = target[len(best.path) :]
        if rest and isinstance(rest[0], str):
            found = self._key_line(best, [part for part in rest if isinstance(part, str)])
            if found is not None:
                return found
            # A missing key, or a whole array of tables ("schedule"): point at the first table under it.
            for section in self._sections:
                if len(section.path) > len(target) and section.path[: len(target)] == target:
                    return section.header_line
        return best.header_line

    @staticmethod
    def _key_line(section: _Section, wanted: list[str]) -> int | None:
        """The line of the key sharing the most leading parts with ``wanted`` ("rules" for rules[3].text)."""
        found: int | None = None
        longest = 0
        for key_parts, line in section.keys:
            shared = 0
            for have, want in zip(key_parts, wanted, strict=False):
                if have != want:
                    break
                shared += 1
            if shared > longest:
                found, longest = line, shared
        return found


def format_location(location: Location) -> str:
    """("rules", 3, "text") -> "rules[3].text"."""
    text = ""
    for part in location:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text
