"""Spoken guidance, for a patient on a mat who cannot read the screen.

The fixed phrases (breathe in, hold, rest, ...) are pre-rendered clips that play through the
cue player on every computer; only free text (step names, reminders) goes to QTextToSpeech,
through a voice chosen on purpose and only where that voice can be understood.

QtTextToSpeech is imported inside Voice, not here: a machine without a speech engine still runs
sessions with sounds, clips and the screen, and Voice says in `reason` why it stays quiet.
The engine starts only when needed (the voice switched on, or Settings listing the voices), a
moment after the window is up: a slow or stuck speech service never keeps the app from opening.
"""

from __future__ import annotations

import logging
import re
import sys
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QLocale, QObject, QTimer

from rehabtimer.ui.session.sound import qt_messages_to_log
from rehabtimer.ui.session.speechd_probe import ask_speechd, spawn_speechd

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech, QVoice

_log = logging.getLogger(__name__)

# Ships inside PySide6 beside the real engines; it speaks to nobody, so users never get it.
MOCK_ENGINE = "mock"
# On Linux, speech-dispatcher fronts whatever synthesiser the user installed (espeak-ng,
# Open JTalk, ...), so it knows more voices than any single engine.
PREFERRED_ENGINE = "speechd"
# eSpeak's Japanese voice as speech-dispatcher names it ("Japanese", "Japanese+Annie"): it reads
# most kanji as "Chinese letter" or not at all, so it is never used.
_UNINTELLIGIBLE = re.compile(r"Japanese(\+.*)?")
# Names that mark a language's main voice where an engine offers regional ones (eSpeak lists
# "English (Caribbean)" first for en_US).
_REGION_NAMES = {
    QLocale.Country.UnitedStates: ("America", "United States", "US"),
    QLocale.Country.UnitedKingdom: ("Great Britain", "United Kingdom", "UK"),
}
# Speaking speed at rate 0, for telling whether a name fits in before the next cue; slow on
# purpose: a name that may not fit is not started.
_CHARS_PER_S = {"ja": 6.0, "en": 11.0}
# Switching the voice on at launch starts the engine this long after, past the first paint.
_START_LATER_MS = 500


def unintelligible(voice_name: str) -> bool:
    """A voice known to garble its language: kept from speaking rather than heard wrong."""
    return _UNINTELLIGIBLE.fullmatch(voice_name) is not None


class Voice(QObject):
    """Says short guidance in the UI language, or does nothing and says why. Never raises.

    `engine` forces one engine by name, started at once; only tests use it, to inject Qt's
    "mock" engine. Otherwise `start` picks one, when first needed.
    """

    def __init__(
        self, lang: str, *, engine: str | None = None, parent: QObject | None = None,
        clips: bool = False, chosen: str = "",
    ) -> None:
        super().__init__(parent)
        self._lang = lang
        self._enabled = True
        self._clips = clips
        self._chosen = chosen
        self._rate = 0.0
        self._has_voice = False
        self._bad_voice = False
        self._voices: list[QVoice] = []
        # Why the engine is missing, as a code: `reason` words it in the language of the
        # moment, so a live language switch changes it too.
        self._engine_problem: Literal["missing", "failed", "stuck"] | None = None
        self._tts: QTextToSpeech | None = None
        self._started = False
        if engine is not None:
            self._start(engine)

    def start(self) -> None:
        """Start the speech engine, once; waits at most a few seconds, even for a stuck one."""
        if not self._started:
            self._start(None)

    def _start(self, forced: str | None) -> None:
        self._started = True
        with qt_messages_to_log(_log):
            self._tts = self._start_engine(forced)
            self._choose_voice()
            if self._tts is not None:
                self._tts.setRate(self._rate)

    def _start_engine(self, forced: str | None) -> QTextToSpeech | None:
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as error:
            _log.info("No voice: QtTextToSpeech cannot be loaded: %s", error)
            self._engine_problem = "missing"
            return None
        if forced is None:
            names = [name for name in QTextToSpeech.availableEngines() if name != MOCK_ENGINE]
            names.sort(key=lambda name: name != PREFERRED_ENGINE)
        else:
            names = [forced]
        failed_to_start = stuck = False
        for name in names:
            if name == PREFERRED_ENGINE and sys.platform.startswith("linux") and not _answers():
                # libspeechd would wait for it without end, on the GUI thread.
                stuck = True
                continue
            # No parent yet: a rejected engine is freed as soon as the loop drops it.
            tts = QTextToSpeech(name)
            if not tts.engine():
                # Qt leaves the name empty when the plug-in itself will not load, as the
                # speechd one does without libspeechd: as good as not installed.
                _log.info("Speech engine %s cannot be loaded", name)
                continue
            # Desktop engines start synchronously, so Error here means this one has failed,
            # e.g. speech-dispatcher could not be reached or spawned.
            if tts.state() == QTextToSpeech.State.Error:
                _log.info("Speech engine %s failed to start: %s", name, tts.errorString())
                failed_to_start = True
                continue
            tts.setParent(self)
            return tts
        self._engine_problem = "stuck" if stuck else "failed" if failed_to_start else "missing"
        return None

    def _choose_voice(self) -> None:
        """The voice the user chose, else the best for the system's region, else for the
        language's home region: never simply the engine's first."""
        self._has_voice = self._bad_voice = False
        self._voices = []
        if self._tts is None:
            return
        language = QLocale.Language.Japanese if self._lang == "ja" else QLocale.Language.English
        locales = [loc for loc in self._tts.availableLocales() if loc.language() == language]
        home = QLocale(language).territory()
        region = QLocale.system().territory()
        locales.sort(key=lambda loc: (loc.territory() != region, loc.territory() != home))
        for locale in locales:
            self._tts.setLocale(locale)
            named = _REGION_NAMES.get(locale.territory(), ())
            # The plain voice before its variants ("+Annie"), the region's own before others.
            self._voices.extend(sorted(self._tts.availableVoices(), key=lambda voice: (
                "+" in voice.name(), not any(word in voice.name() for word in named))))
        found = bool(self._voices)
        self._voices = [v for v in self._voices if not unintelligible(v.name())]
        self._bad_voice = found and not self._voices
        if not self._voices:
            return
        voice = next((v for v in self._voices if v.name() == self._chosen), self._voices[0])
        self._tts.setLocale(voice.locale())
        self._tts.setVoice(voice)
        self._has_voice = True

    def voice_names(self) -> list[str]:
        """The voices Settings offers for the language, the one used by default first."""
        self.start()
        return [voice.name() for voice in self._voices]

    def set_voice(self, name: str) -> None:
        """Use the voice of this name for free text; "" or an unknown name: the default."""
        self._chosen = name
        with qt_messages_to_log(_log):
            self._choose_voice()
            if self._tts is not None:
                self._tts.setRate(self._rate)

    @property
    def speaks_names(self) -> bool:
        """Whether free text (step names, reminders) can be spoken in the language."""
        return (
            self._tts is not None and self._has_voice and self._tts.state() != self._tts.State.Error
        )

    @property
    def available(self) -> bool:
        """Whether guidance can be spoken at all: by the clips, or by the speech engine; before
        the engine is tried, offered, so that switching the voice on can try it."""
        return self._clips or not self._started or self.speaks_names

    def fits(self, text: str, seconds: float) -> bool:
        """Whether `text` surely ends within `seconds` at the current rate; only then is it
        started, so that speech is dropped rather than cut off by the next cue."""
        if not self.speaks_names or seconds <= 0:
            return False
        speed = _CHARS_PER_S.get(self._lang, 11.0) * 2 ** self._rate
        return len(text) / speed <= seconds

    @property
    def names_note(self) -> str | None:
        """For Settings: why step names are not spoken although the fixed phrases are."""
        self.start()
        if not self._clips or self.speaks_names:
            return None
        if self._engine_problem == "stuck":
            return self.tr("Step names are not spoken: the speech service (speech-dispatcher) "
                           "does not answer. The guidance words are still spoken. Restarting "
                           "the computer usually helps.")
        if self._bad_voice:
            note = self.tr(
                "Step names are not spoken in Japanese on this computer: its only Japanese "
                "voice (eSpeak) cannot be understood. The guidance words are still spoken.")
        elif self._lang == "ja":
            note = self.tr("Step names are not spoken: this computer has no Japanese voice. "
                           "The guidance words are still spoken.")
        else:
            note = self.tr("Step names are not spoken: this computer has no English voice. "
                           "The guidance words are still spoken.")
        return f"{note} {self._how_to_add_a_voice()}"

    def _how_to_add_a_voice(self) -> str:
        if sys.platform == "win32":
            return self.tr("To add one: Windows Settings, Time & language, Speech, Add voices.")
        if sys.platform == "darwin":
            return self.tr("To add one: System Settings, Accessibility, Spoken Content, "
                           "System voice, Manage Voices.")
        return self.tr("To add one, install a speech-dispatcher voice for the language "
                       "(for Japanese: Open JTalk, the open-jtalk package).")

    @property
    def reason(self) -> str | None:
        """Why the voice stays quiet, as a sentence for the user; None when it can speak, or
        before the engine is tried."""
        if self._clips or not self._started:
            return None
        if self._engine_problem == "stuck":
            return self.tr("Voice guidance is not available: the speech service "
                           "(speech-dispatcher) does not answer.")
        if self._engine_problem == "failed":
            return self.tr(
                "Voice guidance is not available: the speech engine could not be started.")
        if self._engine_problem == "missing":
            return self.tr("Voice guidance is not available: no speech engine is installed.")
        if self._bad_voice:
            return self.tr("Voice guidance is not available: the only Japanese voice on this "
                           "computer (eSpeak) cannot be understood.")
        if not self._has_voice:
            if self._lang == "ja":
                return self.tr("Voice guidance is not available: no Japanese voice is installed.")
            return self.tr("Voice guidance is not available: no English voice is installed.")
        if not self.speaks_names:
            return self.tr("Voice guidance stopped: the speech engine reported an error.")
        return None

    @property
    def enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled
        if enabled and not self._started:
            QTimer.singleShot(_START_LATER_MS, self, self.start)
        if not enabled and self._tts is not None:
            self._tts.stop(self._tts.BoundaryHint.Immediate)

    def set_language(self, lang: str) -> None:
        self._lang = lang
        with qt_messages_to_log(_log):
            self._choose_voice()

    def set_rate(self, rate: float) -> None:
        """Speaking speed from -1 (slowest) through 0 (the engine's normal) to 1 (fastest).

        QTextToSpeech clamps values outside that range.
        """
        self._rate = min(max(rate, -1.0), 1.0)
        if self._tts is not None:
            self._tts.setRate(rate)

    def say(self, text: str) -> None:
        tts = self._tts
        if tts is None or not (self._enabled and self.speaks_names):
            return
        # Guidance must describe the present: a cue still being read out is already stale.
        # Qt's bundled engines interrupt on say() too; stopping first holds for any plug-in.
        tts.stop(tts.BoundaryHint.Immediate)
        tts.say(text)


def _answers() -> bool:
    """Whether Qt may ask speech-dispatcher without hanging: it answers, or it is not installed
    (then libspeechd has nothing to wait for and Qt fails at once)."""
    answer = ask_speechd()
    if answer == "silent":
        # A daemon the system starts on the first call (socket activation) may still be
        # loading its synthesisers: one more chance before it counts as stuck.
        answer = ask_speechd()
    elif answer == "absent":
        spawned = spawn_speechd()
        if spawned == "not installed":
            return True
        if spawned == "started":
            answer = ask_speechd()
    if answer != "alive":
        _log.warning("No voice for step names: speech-dispatcher is %s", answer)
    return answer == "alive"
