"""The one error hierarchy: every user-facing failure is a BenchclaimsError."""

from __future__ import annotations


class BenchclaimsError(Exception):
    "Base error; the CLI prints it as one line and exits with `exit_code`."

    exit_code = 1

    def __reduce__(self):
        # rebuilt from its line and fields, not through __init__: a worker process sends a claim file's problems
        # back pickled, and Exception's own reduce calls __init__ with the rendered line alone (an InputError's
        # then failed to unpickle, and the pool broke)
        return (_rebuilt, (type(self), self.args, self.__dict__))


def _rebuilt(cls: type, args: tuple, state: dict) -> BenchclaimsError:
    exc = cls.__new__(cls, *args)
    exc.args = args
    exc.__dict__.update(state)
    return exc


class InputError(BenchclaimsError):
    "A claim, catalog or evidence file is malformed; names the file, field and line."

    exit_code = 2

    def __init__(self, file: str, message: str, field: str | None = None, line: int | None = None):
        self.file = file
        self.field = field
        self.line = line
        self.message = message
        super().__init__(self.render())

    def render(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        field = f" {_shortened(self.field)}:" if self.field else ""
        return f"{where}:{field} {self.message}"


def _shortened(field: str) -> str:
    """A field as an error line names it: whole up to 100 characters, else its start and its length (an unknown
    key of 100,000 characters, in any YAML file, was printed whole)."""
    return field if len(field) <= 100 else f"{field[:80]}… ({len(field):,} characters)"


class InputErrors(InputError):
    "Every problem found in one file, in one pass; renders as its first, `problems` holds all."

    def __init__(self, problems: list[InputError]):
        self.problems = problems
        first = problems[0]
        super().__init__(first.file, first.message, field=first.field, line=first.line)


class InputWarning(InputError):
    "Something in an input file that was read, but may not mean what its author meant; never fails a run."


def raise_problems(problems: list[InputError]) -> None:
    """Raise what was found: nothing, the one problem, or all of them at once."""
    if problems:
        raise problems[0] if len(problems) == 1 else InputErrors(problems)


def each_problem(exc: InputError) -> list[InputError]:
    """The one-line problems an InputError stands for."""
    return list(exc.problems) if isinstance(exc, InputErrors) else [exc]


class UsageError(BenchclaimsError):
    "A command-line option has a bad value."

    exit_code = 2


class UnknownNameError(BenchclaimsError):
    "A model or benchmark name is not in the catalog."

    exit_code = 2


class MissingDependency(BenchclaimsError):
    "An optional dependency is needed for this feature."

    exit_code = 2

    def __init__(self, feature: str, missing: str | None = None):
        what = f" ({missing} is not installed)" if missing else ""
        super().__init__(
            f"{feature} needs optional dependencies{what}; install them with: pip install 'benchclaims[local]'"
        )


class RunError(BenchclaimsError):
    "A local evaluation run failed."

    exit_code = 1

    def __str__(self) -> str:
        # one line: lm-eval and transformers messages can span several
        return " ".join(super().__str__().split())


class DriftError(BenchclaimsError):
    "Verdicts changed against the baseline in a way --fail-on forbids."

    exit_code = 1


GROUP_FROM = 4  # rows of one file with one cause: from this many on, they are reported together


def grouped(problems: list[InputError]) -> list[str]:
    """One line per problem, except that many rows of a file failing for one cause become one line.

    "results/x.csv: source_url: must be http(s) URL(s) separated by ';' — 671 rows, e.g. rows 2, 3, 5"
    The cause is the message without the quoted value that follows ", got".
    """
    groups: dict[tuple, list[InputError]] = {}
    for p in problems:
        cause = p.message.split(", got ", 1)[0] if isinstance(p, InputError) else str(p)
        key = (getattr(p, "file", ""), getattr(p, "field", None), cause)
        groups.setdefault(key, []).append(p)
    out, done = [], set()
    for p in problems:
        cause = p.message.split(", got ", 1)[0] if isinstance(p, InputError) else str(p)
        key = (getattr(p, "file", ""), getattr(p, "field", None), cause)
        members = groups[key]
        if len(members) < GROUP_FROM or any(m.line is None for m in members):
            out.append(str(p))
        elif key not in done:
            done.add(key)
            lines = ", ".join(str(m.line) for m in members[:3])
            field = f" {key[1]}:" if key[1] else ""
            out.append(f"{key[0]}:{field} {cause} — {len(members):,} rows, e.g. rows {lines}")
    return out
