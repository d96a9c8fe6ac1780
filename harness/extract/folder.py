"""A folder given to `extract`: the documents in it, in name order, and a count of everything else left in it."""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field

from harness.counting import counted
from harness.errors import InputError
from harness.inputs import printable

# what a folder's files are read as: the kinds `load_document` reads (text, markdown, HTML), by name, any case
DOCUMENT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
READS = "extract reads the .txt, .md, .markdown, .html and .htm files in a folder, not its subfolders"


@dataclass
class Listing:
    documents: list[str] = field(default_factory=list)
    skipped: Counter = field(default_factory=Counter)  # "hidden", "other", "folder"
    suffixes: Counter = field(default_factory=Counter)  # the other files' endings, for the line that counts them

    def said(self, folder: str) -> str:
        """One line for stderr on what the folder held that is not read, or '' where there is nothing."""
        parts = []
        if n := self.skipped["hidden"]:
            parts.append(counted(n, "hidden file or folder", "hidden files or folders"))
        if n := self.skipped["other"]:
            common = sorted(self.suffixes, key=lambda s: (-self.suffixes[s], s))  # the commonest first, then by name
            kinds = ", ".join(common[:5]) + (", …" if len(common) > 5 else "")
            parts.append(f"{counted(n, 'file')} of other types ({kinds})")
        if n := self.skipped["folder"]:
            parts.append(counted(n, "subfolder"))
        if not parts:
            return ""
        listed = ", ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + parts[-1]
        return f"{printable(folder)}: skipped {listed} ({READS})"


def documents_in(folder: str) -> Listing:
    """The documents of one folder, not of its subfolders (a folder of drafts or of assets under an article's folder
    is no article), sorted by name so that the output and the draft ids are the same on every machine. A link is read
    as what it leads to: a link to a folder is a subfolder; a link to nothing or to itself, named like a document, is
    listed, and reading it says which in one line."""
    out = Listing()
    try:
        with os.scandir(folder) as entries:
            found = sorted(entries, key=lambda e: e.name)
    except OSError as exc:
        raise InputError(printable(folder), f"cannot read folder ({exc.strerror or exc})") from None
    for entry in found:
        if entry.name.startswith("."):  # .DS_Store, .git, an editor's swap file
            out.skipped["hidden"] += 1
            continue
        try:
            is_dir = entry.is_dir()  # follows a link; False for a loop or a link to nothing
        except OSError:
            is_dir = False
        if is_dir:
            out.skipped["folder"] += 1
        elif entry.name.lower().endswith(DOCUMENT_SUFFIXES):
            out.documents.append(os.path.join(folder, entry.name))
        else:
            out.skipped["other"] += 1
            suffix = os.path.splitext(entry.name)[1].lower()
            out.suffixes[printable(suffix) if suffix else "no ending"] += 1
    return out
