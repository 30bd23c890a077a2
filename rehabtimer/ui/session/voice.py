"""Spoken guidance through QTextToSpeech, for a patient on a mat who cannot read the screen.

QtTextToSpeech is imported inside Voice, not here: a machine without a speech engine still runs
sessions with sounds and the screen, and Voice says in `reason` why it stays quiet.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QLocale, QObject

from rehabtimer.ui.session.sound import qt_messages_to_log

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

_log = logging.getLogger(__name__)

# Ships inside PySide6 beside the real engines; it speaks to nobody, so users never get it.
MOCK_ENGINE = "mock"
# On Linux, speech-dispatcher fronts whatever synthesiser the user installed (espeak-ng,
# Open JTalk, ...), so it knows more voices than any single engine.
PREFERRED_ENGINE = "speechd"


class Voice(QObject):
    """Says short guidance in the UI language, or does nothing and says why. Never raises.

    `engine` forces one engine by name; only tests use it, to inject Qt's "mock" engine.
    """

    def __init__(
        self, lang: str, *, engine: str | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._lang = lang
        self._enabled = True
        self._has_voice = False
        # Why the engine is missing, as a code: `reason` words it in the language of the
        # moment, so a live language switch changes it too.
        self._engine_problem: Literal["missing", "failed"] | None = None
        with qt_messages_to_log(_log):
            self._tts = self._start_engine(engine)
            self._choose_voice()

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
        failed_to_start = False
        for name in names:
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
        self._engine_problem = "failed" if failed_to_start else "missing"
        return None

    def _choose_voice(self) -> None:
        self._has_voice = False
        if self._tts is None:
            return
        language = QLocale.Language.Japanese if self._lang == "ja" else QLocale.Language.English
        locales = [loc for loc in self._tts.availableLocales() if loc.language() == language]
        if not locales:
            return
        # Prefer the user's own region (en_GB in Britain), then the language's home region.
        home = QLocale(language).territory()
        region = QLocale.system().territory()
        locales.sort(key=lambda loc: (loc.territory() != region, loc.territory() != home))
        self._tts.setLocale(locales[0])
        self._has_voice = bool(self._tts.availableVoices())

    @property
    def available(self) -> bool:
        return (
            self._tts is not None and self._has_voice and self._tts.state() != self._tts.State.Error
        )

    @property
    def reason(self) -> str | None:
        """Why the voice stays quiet, as a sentence for the user; None when it can speak."""
        if self._engine_problem == "failed":
            return self.tr(
                "Voice guidance is not available: the speech engine could not be started.")
        if self._engine_problem == "missing":
            return self.tr("Voice guidance is not available: no speech engine is installed.")
        if not self._has_voice:
            if self._lang == "ja":
                return self.tr("Voice guidance is not available: no Japanese voice is installed.")
            return self.tr("Voice guidance is not available: no English voice is installed.")
        if not self.available:
            return self.tr("Voice guidance stopped: the speech engine reported an error.")
        return None

    @property
    def enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled
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
        if self._tts is not None:
            self._tts.setRate(rate)

    def say(self, text: str) -> None:
        tts = self._tts
        if tts is None or not (self._enabled and self.available):
            return
        # Guidance must describe the present: a cue still being read out is already stale.
        # Qt's bundled engines interrupt on say() too; stopping first holds for any plug-in.
        tts.stop(tts.BoundaryHint.Immediate)
        tts.say(text)
