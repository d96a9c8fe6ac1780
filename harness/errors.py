"""The one error hierarchy: every user-facing failure is a BenchclaimsError."""

from __future__ import annotations


class BenchclaimsError(Exception):
    "Base error; the CLI prints it as one line and exits with `exit_code`."

    exit_code = 1


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
        field = f" {self.field}:" if self.field else ""
        return f"{where}:{field} {self.message}"


class InputErrors(InputError):
    "Every problem found in one file, in one pass; renders as its first, `problems` holds all."

    def __init__(self, problems: list[InputError]):
        self.problems = problems
        first = problems[0]
        super().__init__(first.file, first.message, field=first.field, line=first.line)


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

    def __init__(self, feature: str):
        super().__init__(f"{feature} needs optional dependencies; install them with: pip install 'benchclaims[local]'")


class RunError(BenchclaimsError):
    "A local evaluation run failed."

    exit_code = 1

    def __str__(self) -> str:
        # one line: lm-eval and transformers messages can span several
        return " ".join(super().__str__().split())


class DriftError(BenchclaimsError):
    "Verdicts changed against the baseline in a way --fail-on forbids."

    exit_code = 1
