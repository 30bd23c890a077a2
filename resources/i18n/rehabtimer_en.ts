<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdvicePage</name>
    <message>
        <source>Please do not exercise today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In an emergency, call an ambulance: 119 in Japan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer has been saved, so you can show it to your care team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Some settings could not be read, so their usual values are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A routine file could not be read and was skipped: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CautionsPage</name>
    <message>
        <source>Please read before you start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read this — continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <source>No sound: the sound system could not be started. The session runs silently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sound: this computer has no audio output. The session runs silently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some sound cues are missing. Reinstalling RehabTimer restores them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayMarkDialog</name>
    <message>
        <source>Rest, sick or away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal day (remove the mark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked days are left out of adherence instead of counting as missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisclaimerPage</name>
    <message>
        <source>Before you begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RehabTimer helps you follow a home exercise routine. It does not replace advice from your doctor, midwife or physiotherapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop at once if an exercise hurts, and ask your care team before you go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you have chest pain, trouble breathing, or sudden weakness or numbness, call an ambulance (119 in Japan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>That entry no longer exists. It may have been deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>Well done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How hard was it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 very easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 hard but fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 could not do more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for your care team (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active time: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before {before}, now {after}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GatePage</name>
    <message>
        <source>Safety question {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes (Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No (N)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Well done. That is all for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {title}. Get ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last one. {word}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halfway.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>This week: {done} of {planned} planned sessions, {percent}%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is planned this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days in a row meeting the plan: {current} now, {best} at best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active on {days} of the last {window} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked as a rest, sick or away day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {planned} planned ({percent}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} active minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain {before} → {after}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message>
        <source>Adherence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active minutes per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain 0-10: before ● orange, after ■ blue; lines are 7-day medians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months: darker is more of the plan done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at a bar to see its numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <source>Delete session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this session from the history? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export sessions as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet. When a session is done, its numbers and charts appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark rest or sick days…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report for the clinician (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All routines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>History and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{steps} steps · about {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week: {done} of {planned}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: {done} of {planned}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session was cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} stopped unexpectedly at step {step} of {total}. What you did is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on from step {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it unfinished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Settings could not be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session cannot be continued. What was done is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no routine called “{id}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain now, before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session cannot start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the session now? What you have done so far is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong is the pain now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainPage</name>
    <message>
        <source>Choose a number, or press Enter to skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>0 no pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 worst pain you can imagine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold your breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is what adherence is measured against. Earlier days keep the plan they had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each patient has a profile with their own plans and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a profile called “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile “{name}” and all its sessions? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>all routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RehabTimer report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines: {routine}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by RehabTimer on {day}. Not medical advice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <source>You stopped because it hurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest now. Do not repeat the movement that hurt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the pain is strong, does not settle with rest, or comes with numbness, weakness or swelling, contact your doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In an emergency, call an ambulance: 119 in Japan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenAwake</name>
    <message>
        <source>An exercise session is running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>{when} · {status} · active {time} · pain {pain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started: safety answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep done (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I finished one rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It hurts — stop (H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It hurts: stop the session now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds left in this part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {n} of {total}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back: restart this step. Press twice to go to the previous step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{side} side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breath {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last one: {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {what} ({seconds} seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused because the computer slept or the app stopped for a while. Press Space to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused. Press Space to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go at your own pace. Press Enter after each rep.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play sound cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak the guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast (white on black)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start RehabTimer when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting at login is not supported on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready before each step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks start on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepStatus</name>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>Voice guidance is not available: no speech engine is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice guidance is not available: the speech engine could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice guidance is not available: no Japanese voice is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice guidance is not available: no English voice is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice guidance stopped: the speech engine reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
