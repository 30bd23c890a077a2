"""The routine check's problems as the editor says them: in the language of the app, naming
the field (and the step), and saying what to do.

`routine check` speaks of keys and JSON, for whoever wrote the file ("steps[1].title: must
give the text in at least one language, e.g. {"ja": ...}"); a caregiver in the editor sees
the boxes instead. Each of the check's messages is known here by its shape; one that is not
keeps its own words, after a translated lead-in, rather than be lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from rehabtimer.core.routine_problems import Problem

# Each language named in itself, so the names need no translation.
LANGUAGE_NAMES = {"ja": "日本語", "en": "English"}


def _language(quoted: str) -> str:
    return LANGUAGE_NAMES.get(quoted, quoted)


_Words = Callable[[dict[str, str]], str]

# Tried in order; the first whose pattern matches the whole message words it.
_SHAPES: list[tuple[re.Pattern[str], _Words]] = [
    (re.compile(r"must give the text in at least one language, e\.g\. .*"),
     lambda _: QCoreApplication.translate(
         "EditorProblems", "Write it in Japanese, in English, or in both.")),
    (re.compile(r'the "(?P<lang>[^"]+)" text is empty'),
     lambda m: QCoreApplication.translate(
         "EditorProblems", "The {language} box holds only spaces: write the words, or leave "
         "it empty.").format(language=_language(m["lang"]))),
    (re.compile(r'the "(?P<lang>[^"]+)" text is longer than (?P<n>\d+) characters'),
     lambda m: QCoreApplication.translate(
         "EditorProblems", "The {language} text is longer than {n} characters: make it "
         "shorter.").format(language=_language(m["lang"]), n=m["n"])),
    (re.compile(r"must be between (?P<lo>\S+) and (?P<hi>\S+) seconds \(got (?P<got>.*)\)"),
     lambda m: QCoreApplication.translate(
         "EditorProblems", "Give from {lo} to {hi} seconds (now {got}).").format(**m)),
    (re.compile(r"must be between (?P<lo>\S+) and (?P<hi>\S+) \(got (?P<got>.*)\)"),
     lambda m: QCoreApplication.translate(
         "EditorProblems", "Give a number from {lo} to {hi} (now {got}).").format(**m)),
    (re.compile(r"must be 1 to 64 characters of .* \(got (?P<got>.*)\)"),
     lambda m: QCoreApplication.translate(
         "EditorProblems", "Use 1 to 64 small letters a to z, digits and “-”, beginning with "
         "a letter or a digit (now {got}).").format(**m)),
    (re.compile(r'"(?P<id>.*)" is used by a built-in routine; give yours another id'),
     lambda m: QCoreApplication.translate(
         "EditorProblems", "“{id}” is the short name of a built-in routine: give yours "
         "another.").format(**m)),
    (re.compile(r'"(?P<id>.*)" is used by another of your routines; give this one another id'),
     lambda m: QCoreApplication.translate(
         "EditorProblems", "“{id}” is the short name of another of your routines: give this "
         "one another.").format(**m)),
    (re.compile(r'"?(?P<id>.*?)"? is already used by an earlier entry'),
     lambda m: QCoreApplication.translate(
         "EditorProblems", "“{id}” is already used by an earlier entry: give this one "
         "another.").format(**m)),
    (re.compile(r"one breath \((?P<breath>\S+) s\) is longer than duration_s "
                r"\((?P<duration>\S+) s\)"),
     lambda m: QCoreApplication.translate(
         "EditorProblems", "One breath ({breath} s) is longer than the whole step ({duration} "
         "s): make the step longer or the breath shorter.").format(**m)),
    (re.compile(r"only_if names .*, which is not an earlier gate question"),
     lambda _: QCoreApplication.translate(
         "EditorProblems", "The question this one depends on is not among the questions "
         "before it: choose one of those, or “Always”.")),
    (re.compile(r'needs "stop_if" and "advice" together, or neither'),
     lambda _: QCoreApplication.translate(
         "EditorProblems", "A question that stops the session needs its advice, and advice "
         "needs an answer that stops.")),
    (re.compile(r'with "date_rule" give "advice" and no "stop_if"'),
     lambda _: QCoreApplication.translate(
         "EditorProblems", "A question about a date gives advice and has no answer that "
         "stops.")),
    (re.compile(r'"emergency" needs "stop_if" and "advice"'),
     lambda _: QCoreApplication.translate(
         "EditorProblems", "An emergency question needs an answer that stops, and its "
         "advice.")),
    (re.compile(r'(needs either|has both) "phases".*'),
     lambda _: QCoreApplication.translate(
         "EditorProblems", "Choose timed movements or the patient's own pace.")),
    (re.compile(r"must name at least one side.*"),
     lambda _: QCoreApplication.translate("EditorProblems", "Choose at least one side.")),
    (re.compile(r"names (?P<side>.*) twice"),
     lambda _: QCoreApplication.translate("EditorProblems", "Each side may come only once.")),
    (re.compile(r"must not be empty"),
     lambda _: QCoreApplication.translate("EditorProblems", "Add at least one.")),
    (re.compile(r"must have at least (?P<n>\d+) entries \(got \d+\)"),
     lambda m: QCoreApplication.translate("EditorProblems", "Add at least {n}.").format(**m)),
    (re.compile(r"must have at most (?P<n>\d+) entries \(got \d+\)"),
     lambda m: QCoreApplication.translate(
         "EditorProblems", "There may be at most {n}: remove some.").format(**m)),
    (re.compile(r"must be at least (?P<n>\S+) \(got (?P<got>.*)\)"),
     lambda m: QCoreApplication.translate(
         "EditorProblems", "Give at least {n} (now {got}).").format(**m)),
    (re.compile(r"must be at most (?P<n>\S+) \(got (?P<got>.*)\)"),
     lambda m: QCoreApplication.translate(
         "EditorProblems", "Give at most {n} (now {got}).").format(**m)),
    (re.compile(r"is required.*"),
     lambda _: QCoreApplication.translate("EditorProblems", "This is needed.")),
    (re.compile(r"must be a file name relative to the routine file \(got (?P<got>.*)\)"),
     lambda m: QCoreApplication.translate(
         "EditorProblems", "Give the name of a picture file beside the routine file (now "
         "{got}).").format(**m)),
    (re.compile(r"(?P<got>.*) is not a figure in the library.*"),
     lambda m: QCoreApplication.translate(
         "EditorProblems", "{got} is not one of the app's figures.").format(**m)),
]


def problem_words(message: str) -> str:
    """What is wrong and what to do, in the app's language."""
    for shape, words in _SHAPES:
        match = shape.fullmatch(message)
        if match is not None:
            return words(match.groupdict())
    return QCoreApplication.translate("EditorProblems", "Not right here: {detail}").format(
        detail=message)


def problem_text(problem: Problem, field: str = "", step: int | None = None) -> str:
    """One problem for the editor: the field's name (and its step's number) first, so the
    sentence is whole wherever it is read, a screen reader's description included."""
    words = problem_words(problem.message)
    if step is not None:
        place = (QCoreApplication.translate("EditorProblems", "Step {n}, {field}")
                 .format(n=step + 1, field=field) if field
                 else QCoreApplication.translate("EditorProblems", "Step {n}").format(n=step + 1))
    else:
        place = field
    if not place:
        return words
    return QCoreApplication.translate("EditorProblems", "{place}: {problem}").format(
        place=place, problem=words)
