from rehabtimer.core.routine import Routine
from dataclasses import dataclass
@dataclass
class T:
    planned_seconds: float
def build_timeline(r: Routine, get_ready_s: float = 5) -> T:
    return T(0)
