<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>About</name>
    <message>
        <source>RehabTimer {version}: guided home-rehab routines. MIT licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese voice guidance: HTS Voice “Mei”, © 2009-2013 Nagoya Institute of Technology (MMDAgent Project), licensed under Creative Commons Attribution 3.0 (https://creativecommons.org/licenses/by/3.0/); spoken with Open JTalk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English voice guidance: the “slt” voice of CMU Flite, Carnegie Mellon University, under its BSD-style licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound cues: made by RehabTimer&apos;s own generator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About RehabTimer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdvicePage</name>
    <message>
        <source>Please do not exercise today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it suddenly gets much worse, call an ambulance: 119 in Japan.</source>
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
        <source>What you will do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please read before you start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which version today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {minutes} min.</source>
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
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼ More below</source>
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
    <name>DatePage</name>
    <message>
        <source>Safety question {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked once: your caregiver can change it under History → Profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than a month ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than {n} months ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
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
    <name>DetailsForm</name>
    <message>
        <source>Name of the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the routine is for, in one to three sentences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often: number of times</source>
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
        <source>How often: a day or a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan the history compares the sessions with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name for the file (ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small letters a to z, digits and “-”, e.g. my-knee. The routine is saved as this name with .json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown before every session. Begin with a note that this is not medical advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caution {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove caution {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a caution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it hurts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice about pain (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What pain is all right in this routine, and when to ask the care team. Shown with the cautions and when the patient says it hurts. Left empty, the app&apos;s general rule is shown: stop on sharp pain, or pain that keeps getting worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked before every session. When the answer is the one that stops, the session does not start and the advice is shown. Ask so that “yes” and “no” cannot be misread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question may be asked only after a given answer to an earlier one, e.g. the questions about a cast only when there is a cast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question {n}: the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question {n}: do not exercise when the answer is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither: it only decides which questions follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question {n}: what to do instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove question {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a safety question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when question {n} is answered “Yes”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when question {n} is answered “No”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when “{id}” is answered “{answer}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question {n}: when to ask it</source>
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
        <source>Stop if you feel a sharp pain, or pain that keeps getting worse, and ask your care team before you go on. Each routine says more about pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you have chest pain, trouble breathing, or sudden weakness or numbness, call an ambulance (119 in Japan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To hear the guidance spoken, tick “Voice guidance” at the bottom of the start screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftForm</name>
    <message>
        <source>Less: {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More: {field}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EaseOffPage</name>
    <message>
        <source>Do less today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a shorter version or do fewer repetitions today, and tell your care team. If the pain is strong or keeps getting worse, do not exercise today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorProblems</name>
    <message>
        <source>Write it in Japanese, in English, or in both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {language} box holds only spaces: write the words, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {language} text is longer than {n} characters: make it shorter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give from {lo} to {hi} seconds (now {got}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a number from {lo} to {hi} (now {got}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 1 to 64 small letters a to z, digits and “-”, beginning with a letter or a digit (now {got}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{id}” is the short name of a built-in routine: give yours another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{id}” is the short name of another of your routines: give this one another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{id}” is already used by an earlier entry: give this one another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One breath ({breath} s) is longer than the whole step ({duration} s): make the step longer or the breath shorter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question this one depends on is not among the questions before it: choose one of those, or “Always”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question that stops the session needs its advice, and advice needs an answer that stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question about a date gives advice and has no answer that stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An emergency question needs an answer that stops, and its advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose timed movements or the patient&apos;s own pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each side may come only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There may be at most {n}: remove some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least {n} (now {got}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at most {n} (now {got}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name of a picture file beside the routine file (now {got}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{got} is not one of the app&apos;s figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not right here: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {n}, {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The history file {path} was created by a newer version of RehabTimer. Please install that version to open it. The file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file {path} is damaged or is not a RehabTimer database. RehabTimer has not changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RehabTimer cannot save to the history file {path}. Please check that the disk is not full and that you are allowed to change this file and its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file {path} is being restored or backed up by another RehabTimer. Please wait until that has finished and try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be restored: it is not a good RehabTimer backup. It may be damaged, come from a newer version or another program, or be the history itself. The history was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file {path} is in use by another program. Please close any other RehabTimer window and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is inside RehabTimer&apos;s own data folder, where the history is kept. Choose a file in another folder, for example Documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder. Choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (it is a device, a pipe or a socket). Choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is another name for one of RehabTimer&apos;s own files. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That entry no longer exists. It may have been deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the data folder {folder}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RehabTimer cannot start: some of its own files are missing (in {folders}). Please install RehabTimer again; your history is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session {id} cannot be read: its {column} is “{value}”, which is not valid. It is left out; the history file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session {id} ({day}) cannot be read: its {column} is “{value}”, which is not valid. It is left out; the history file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseFigure</name>
    <message>
        <source>Figure showing the exercise: {title}</source>
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
        <source>10 could not do more</source>
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
        <source>5 somewhat hard, but I can keep going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for your care team</source>
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
        <source>{done} of {planned} reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {amounts} ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before {before}, now {after}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigurePicker</name>
    <message>
        <source>Figures to choose from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show no figure for this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture file: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture file named in the routine file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drawing of a person doing this exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step&apos;s figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a figure the app has: {name}</source>
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
        <source>Yes — stop here (Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes (Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No — stop here (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No (N)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HighPainPage</name>
    <message>
        <source>Your pain is high today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You rated your pain {pain} out of 10. With pain this strong, please do not exercise today. Rest, and contact your care team, especially if the pain is new or keeps getting worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In an emergency, call an ambulance: 119 in Japan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start only if your care team has said you may exercise with this pain. Stop at once if the pain becomes sharp or keeps getting worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start anyway…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, start anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>This week up to today: {done} of {planned} planned sessions done in full, {part} more done in part; exercise done: {percent}% of the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week up to today: {done} of {planned} planned sessions done in full; exercise done: {percent}% of the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned by the week: {done} of {planned} sessions done in full, {part} more done in part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned by the week: {done} of {planned} sessions done in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise done: {percent}% of the plan up to today.</source>
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
        <source>{done} of {planned} planned sessions done, {part} more done in part; {percent}% of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {planned} planned sessions done; {percent}% of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent}% of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned by the week: {done} of {planned} sessions done, {part} more done in part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned by the week: {done} of {planned} sessions done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} done towards a weekly plan, {part} more done in part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} done towards a weekly plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plus {count} more beyond the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(stopped for pain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effort {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median pain {before} → {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median effort {effort}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} ({times} times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain before entered: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain after entered: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effort entered: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} stopped for pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked as a rest, sick or away day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} active minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} active minutes, {per_day} a day</source>
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
        <source>Adherence per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adherence per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active minutes per day, monthly average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effort</source>
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
    <message>
        <source>Pain 0-10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort 0-10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}: entered {times} times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger mark: entered more times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before: monthly median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before: 7-day median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after: monthly median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after: 7-day median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} stopped for pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before, as entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after, as entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped for pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7-day median</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryFileFlow</name>
    <message>
        <source>A backup was saved as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RehabTimer backups (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history will be replaced by the backup {path}. The history as it is now is saved as a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made.</source>
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
        <source>Saved {count} sessions as {path}.</source>
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
    <message>
        <source>Saved the report ({pages} pages) as {path}.</source>
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
        <source>Routines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines</source>
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
        <source>Rest day today ({progress})</source>
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
        <source>A session is on: you can start this one when it is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First answer the questions about the session you have just done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings could not be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RehabTimer keeps running here, so reminders still come. Choose Quit in this menu to close it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextDayPage</name>
    <message>
        <source>How was the pain the day after?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time ({day}) your pain went from {before} to {after}. How was it the next day?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to my usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still worse than usual</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Page content</source>
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
    <message>
        <source>Next (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainRosePage</name>
    <message>
        <source>Your pain went up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pain went from {before} to {after}. Rest today, and do not repeat today the movements that made it worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next time you start this routine on another day, you will be asked how the pain was the day after.</source>
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
    <name>Profile</name>
    <message>
        <source>Me</source>
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
        <source>Ask once-only questions again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected profile will be asked again, at the next start of each routine, the safety questions it answers only once (such as the birth date).</source>
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
    <name>Recovery</name>
    <message>
        <source>The history file {path} is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file {path} is missing, but this folder held a history before (its backups are still there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RehabTimer will keep the damaged file, renamed, in the same folder. You can go on with the newest good backup, or start a new, empty history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can go on with the newest good backup, or start a new, empty history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the backup of {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder comes at each time below, unless today&apos;s plan for the routine is already done. You can put it off by 10 or 30 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders come only while RehabTimer is open. To get them with the window closed, turn on “Keep running in the tray” in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderFlow</name>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {planned} this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {planned} today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You missed the {time} reminder: time for “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for {titles}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for your exercises:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting one puts the others off for 10 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {minutes} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({details})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start “{title}”</source>
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
        <source>Safety answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by RehabTimer on {day}. Not medical advice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>Parts of the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total time: not known until the numbers marked ⚠ are right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total time: {total}, of which exercise {active}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save yet: {count} things to fix, marked ⚠ in the list and beside the fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove step?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove step {number}, “{title}”, from this routine?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave without saving?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This routine has changes that are not saved. Leave without saving them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineListPage</name>
    <message>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in routines stay as they are: make a copy to change one. Your own routines can be changed, saved as a file to share, or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{origin} · {steps} steps · about {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a copy of {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save {title} as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutinesScreen</name>
    <message>
        <source>New routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New routine, copied from “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “{title}”. You can start it from the home screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a routine from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace routine?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have a routine with the ID “{id}”: “{title}”. Replace it with the one in this file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “{title}”. You can start it from the home screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {count} more problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” cannot be used as a routine. What is wrong:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the routine as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is RehabTimer&apos;s own routines folder. Choose another folder, for example Documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “{title}” as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete routine?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your routine “{title}”? Sessions already done with it stay in the history. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyAdvice</name>
    <message>
        <source>Contact your care team if the pain is strong, has not settled by the next day, or comes with numbness, weakness or swelling.</source>
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
        <source>Rest now. Do not repeat the movement that hurt today.</source>
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
    <name>ScaleChooser</name>
    <message>
        <source>{low}  ·  {high}</source>
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
    <name>SecondsBox</name>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>The routine saved with this session cannot be read, so its steps are shown by their ids. The history file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} · {status} · active {time} · pain {pain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety answers:</source>
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
    <name>SessionFlow</name>
    <message>
        <source>There is no routine called “{id}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session cannot be continued. What was done is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That will be on {date}.</source>
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
    <name>SessionStatus</name>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done in part</source>
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
        <source>not started: pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rest advised, not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rest advised for high pain, started anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day after: pain back to usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day after: pain still worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day after: not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain rose {before} → {after}</source>
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
        <source>Progress of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
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
        <source>Next: {what} ({time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words: page {n} of {total} ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show more of what to do: page {n} of {total}</source>
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
        <source>Chosen by RehabTimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
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
        <source>Reminder times…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice for step names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting at login is not supported on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the window is closed, RehabTimer stays in the tray and reminders still come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no tray, so RehabTimer closes with its window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History backups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About RehabTimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
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
    <name>StepForm</name>
    <message>
        <source>Name of the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the voice says (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Said instead of the name as the step is about to start: a reading the voice gets right (kana for a name it misreads), or a shorter name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do something for a set time, such as walking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in and out at a steady pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold a position, a number of times, with rests between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat a movement a number of times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest after this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used after the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to change position before the next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two to four short lines: one action per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caution for this step (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step takes {time}: {breaths} whole breaths, with the get-ready countdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step takes {time}, with the get-ready countdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the breath for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually left out: patients should not hold their breath.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times (on each side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest between holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient presses a button after each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each time is made of movements, each with its seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About how long one time takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only used to work out how long the routine takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest between times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movements of one time, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each is shown with its words and counted down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement {n}: words shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement {n}: how long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove movement {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both at once, or no sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right, then left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left, then right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to change sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drawing of the exercise, shown large during the session and moving with the timer.</source>
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
    <name>Tray</name>
    <message>
        <source>Today is a rest day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing planned for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {planned} today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {planned} this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start “{title}” ({progress})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open RehabTimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
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
        <source>Step names are not spoken: the speech service (speech-dispatcher) does not answer. The guidance words are still spoken. Restarting the computer usually helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step names are not spoken in Japanese on this computer: its only Japanese voice (eSpeak) cannot be understood. The guidance words are still spoken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step names are not spoken: this computer has no Japanese voice. The guidance words are still spoken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step names are not spoken: this computer has no English voice. The guidance words are still spoken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To add one: Windows Settings, Time &amp; language, Speech, Add voices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To add one: System Settings, Accessibility, Spoken Content, System voice, Manage Voices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To add one, install a speech-dispatcher voice for the language (for Japanese: Open JTalk, the open-jtalk package).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice guidance is not available: the speech service (speech-dispatcher) does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice guidance is not available: the only Japanese voice on this computer (eSpeak) cannot be understood.</source>
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
    <name>_OneButtonPage</name>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In an emergency, call an ambulance: 119 in Japan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
