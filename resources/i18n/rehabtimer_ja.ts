<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>About</name>
    <message>
        <source>RehabTimer {version}: guided home-rehab routines. MIT licence.</source>
        <translation>RehabTimer {version}：自宅でのリハビリを案内するアプリ。MIT ライセンス。</translation>
    </message>
    <message>
        <source>Japanese voice guidance: HTS Voice “Mei”, © 2009-2013 Nagoya Institute of Technology (MMDAgent Project), licensed under Creative Commons Attribution 3.0 (https://creativecommons.org/licenses/by/3.0/); spoken with Open JTalk.</source>
        <translation>日本語の音声案内：HTS Voice「Mei」© 2009-2013 名古屋工業大学（MMDAgent Project）、クリエイティブ・コモンズ 表示 3.0 ライセンス（https://creativecommons.org/licenses/by/3.0/）。Open JTalk で合成しています。</translation>
    </message>
    <message>
        <source>English voice guidance: the “slt” voice of CMU Flite, Carnegie Mellon University, under its BSD-style licence.</source>
        <translation>英語の音声案内：CMU Flite の「slt」音声（カーネギーメロン大学、BSD 形式のライセンス）。</translation>
    </message>
    <message>
        <source>Sound cues: made by RehabTimer&apos;s own generator.</source>
        <translation>効果音：RehabTimer 独自のプログラムで作成。</translation>
    </message>
    <message>
        <source>About RehabTimer</source>
        <translation>RehabTimer について</translation>
    </message>
</context>
<context>
    <name>AdvicePage</name>
    <message>
        <source>Please do not exercise today</source>
        <translation>今日は運動をしないでください</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>すぐに助けを求めてください</translation>
    </message>
    <message>
        <source>If it suddenly gets much worse, call an ambulance: 119 in Japan.</source>
        <translation>急にひどくなったときは、救急車（119番）を呼んでください。</translation>
    </message>
    <message>
        <source>Your answer has been saved, so you can show it to your care team.</source>
        <translation>この回答は記録されました。担当の医療スタッフに見せることができます。</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>最初の画面に戻る</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Some settings could not be read, so their usual values are used.</source>
        <translation>読み込めなかった設定があるため、その項目はふだんの値を使っています。</translation>
    </message>
    <message>
        <source>A routine file could not be read and was skipped: {problem}</source>
        <translation>読み込めないメニューのファイルがあったため、とばしました：{problem}</translation>
    </message>
</context>
<context>
    <name>CautionsPage</name>
    <message>
        <source>What you will do:</source>
        <translation>これから行う運動：</translation>
    </message>
    <message>
        <source>Please read before you start:</source>
        <translation>始める前にお読みください：</translation>
    </message>
    <message>
        <source>Which version today?</source>
        <translation>今日はどのやり方にしますか？</translation>
    </message>
    <message>
        <source>About {minutes} min.</source>
        <translation>約{minutes}分。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>I have read this — continue</source>
        <translation>読みました — 次へ</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>▼ More below</source>
        <translation>▼ 続きがあります</translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <source>No sound: the sound system could not be started. The session runs silently.</source>
        <translation>音が出ません：サウンド機能を起動できませんでした。運動は音なしで進みます。</translation>
    </message>
    <message>
        <source>No sound: this computer has no audio output. The session runs silently.</source>
        <translation>音が出ません：このパソコンには音を出す装置がありません。運動は音なしで進みます。</translation>
    </message>
    <message>
        <source>Some sound cues are missing. Reinstalling RehabTimer restores them.</source>
        <translation>合図の音の一部が見つかりません。RehabTimer を入れ直す（再インストールする）と元に戻ります。</translation>
    </message>
</context>
<context>
    <name>DatePage</name>
    <message>
        <source>Safety question {n} of {total}</source>
        <translation>安全のための確認 {n}/{total}</translation>
    </message>
    <message>
        <source>Asked once: your caregiver can change it under History → Profiles.</source>
        <translation>この質問は一度だけです。変えるときは、ご家族・介助者が「記録」→「プロフィール」から変更できます。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>More than a month ago</source>
        <translation>1か月以上前</translation>
    </message>
    <message>
        <source>More than {n} months ago</source>
        <translation>{n}か月以上前</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>DayMarkDialog</name>
    <message>
        <source>Rest, sick or away</source>
        <translation>休み・体調不良・外出</translation>
    </message>
    <message>
        <source>Rest day</source>
        <translation>休みの日</translation>
    </message>
    <message>
        <source>Sick</source>
        <translation>体調不良</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>外出・不在</translation>
    </message>
    <message>
        <source>Normal day (remove the mark)</source>
        <translation>ふつうの日（しるしを消す）</translation>
    </message>
    <message>
        <source>Marked days are left out of adherence instead of counting as missed.</source>
        <translation>しるしをつけた日は、できなかった日として数えず、実施率の計算から外します。</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>日付：</translation>
    </message>
    <message>
        <source>Mark:</source>
        <translation>しるし：</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <source>Name of the routine</source>
        <translation>メニューの名前</translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation>説明（なくてもかまいません）</translation>
    </message>
    <message>
        <source>What the routine is for, in one to three sentences.</source>
        <translation>このメニューが何のためのものか、1〜3文で。</translation>
    </message>
    <message>
        <source>How often: number of times</source>
        <translation>回数</translation>
    </message>
    <message>
        <source>times a day</source>
        <translation>回/日</translation>
    </message>
    <message>
        <source>times a week</source>
        <translation>回/週</translation>
    </message>
    <message>
        <source>How often: a day or a week</source>
        <translation>1日あたりか、1週あたりか</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>回数</translation>
    </message>
    <message>
        <source>The plan the history compares the sessions with.</source>
        <translation>記録で、実施した回数と比べる計画です。</translation>
    </message>
    <message>
        <source>Short name for the file (ID)</source>
        <translation>ファイル用の短い名前（ID）</translation>
    </message>
    <message>
        <source>Small letters a to z, digits and “-”, e.g. my-knee. The routine is saved as this name with .json.</source>
        <translation>小文字の a〜z、数字、「-」が使えます（例：my-knee）。メニューはこの名前に .json を付けて保存されます。</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>注意事項</translation>
    </message>
    <message>
        <source>Shown before every session. Begin with a note that this is not medical advice.</source>
        <translation>毎回の運動の前に表示されます。最初に「医療上の助言ではない」ことを書いてください。</translation>
    </message>
    <message>
        <source>Caution {n}</source>
        <translation>注意 {n}</translation>
    </message>
    <message>
        <source>Remove caution {n}</source>
        <translation>注意 {n} を削除</translation>
    </message>
    <message>
        <source>Add a caution</source>
        <translation>注意を追加</translation>
    </message>
    <message>
        <source>When it hurts</source>
        <translation>痛いとき</translation>
    </message>
    <message>
        <source>Advice about pain (optional)</source>
        <translation>痛みについての説明(なくてもかまいません)</translation>
    </message>
    <message>
        <source>What pain is all right in this routine, and when to ask the care team. Shown with the cautions and when the patient says it hurts. Left empty, the app&apos;s general rule is shown: stop on sharp pain, or pain that keeps getting worse.</source>
        <translation>このメニューでがまんしてよい痛みと、担当の医療者に相談するときを書きます。注意事項といっしょに、また「痛い」と押したときに表示されます。空のときは、アプリの一般的な決まり(鋭い痛みや、だんだん強くなる痛みがあれば中止する)が表示されます。</translation>
    </message>
    <message>
        <source>Safety questions</source>
        <translation>安全の確認</translation>
    </message>
    <message>
        <source>Asked before every session. When the answer is the one that stops, the session does not start and the advice is shown. Ask so that “yes” and “no” cannot be misread.</source>
        <translation>毎回の運動の前にたずねます。中止にあたる答えのときは運動を始めず、助言を表示します。「はい」と「いいえ」を取り違えない聞き方にしてください。</translation>
    </message>
    <message>
        <source>A question may be asked only after a given answer to an earlier one, e.g. the questions about a cast only when there is a cast.</source>
        <translation>前の質問の答えによって、聞くかどうかを決められます。たとえば、ギプスについての質問は、ギプスをしているときだけ聞きます。</translation>
    </message>
    <message>
        <source>Question {n}</source>
        <translation>質問 {n}</translation>
    </message>
    <message>
        <source>Question {n}: the question</source>
        <translation>質問 {n}：質問文</translation>
    </message>
    <message>
        <source>Question {n}: do not exercise when the answer is</source>
        <translation>質問 {n}：この答えのときは運動しない</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Neither: it only decides which questions follow</source>
        <translation>どちらでもない(次に聞く質問を決めるだけ)</translation>
    </message>
    <message>
        <source>Question {n}: what to do instead</source>
        <translation>質問 {n}：代わりにすること</translation>
    </message>
    <message>
        <source>Remove question {n}</source>
        <translation>質問 {n} を削除</translation>
    </message>
    <message>
        <source>Add a safety question</source>
        <translation>安全の質問を追加</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>いつも聞く</translation>
    </message>
    <message>
        <source>Only when question {n} is answered “Yes”</source>
        <translation>質問 {n} の答えが「はい」のときだけ</translation>
    </message>
    <message>
        <source>Only when question {n} is answered “No”</source>
        <translation>質問 {n} の答えが「いいえ」のときだけ</translation>
    </message>
    <message>
        <source>Only when “{id}” is answered “{answer}”</source>
        <translation>「{id}」の答えが「{answer}」のときだけ</translation>
    </message>
    <message>
        <source>Question {n}: when to ask it</source>
        <translation>質問 {n}:聞くとき</translation>
    </message>
</context>
<context>
    <name>DisclaimerPage</name>
    <message>
        <source>Before you begin</source>
        <translation>始める前に</translation>
    </message>
    <message>
        <source>RehabTimer helps you follow a home exercise routine. It does not replace advice from your doctor, midwife or physiotherapist.</source>
        <translation>RehabTimer は、ご自宅での運動メニューをお手伝いするアプリです。医師・助産師・理学療法士の助言に代わるものではありません。</translation>
    </message>
    <message>
        <source>Stop if you feel a sharp pain, or pain that keeps getting worse, and ask your care team before you go on. Each routine says more about pain.</source>
        <translation>鋭い痛みや、だんだん強くなる痛みを感じたら中止し、続ける前に担当の医療者に相談してください。痛みについては、メニューごとにも説明があります。</translation>
    </message>
    <message>
        <source>If you have chest pain, trouble breathing, or sudden weakness or numbness, call an ambulance (119 in Japan).</source>
        <translation>胸の痛み、息苦しさ、急に力が入らない・しびれるといった症状があるときは、救急車（119番）を呼んでください。</translation>
    </message>
    <message>
        <source>To hear the guidance spoken, tick “Voice guidance” at the bottom of the start screen.</source>
        <translation>案内を声で聞くには、最初の画面の下にある「音声ガイド」にチェックを入れてください。</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>わかりました</translation>
    </message>
</context>
<context>
    <name>DraftForm</name>
    <message>
        <source>Less: {field}</source>
        <translation>減らす：{field}</translation>
    </message>
    <message>
        <source>More: {field}</source>
        <translation>増やす：{field}</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours}時間{minutes}分</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds}秒</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes}分</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes}分{seconds}秒</translation>
    </message>
</context>
<context>
    <name>EaseOffPage</name>
    <message>
        <source>Do less today</source>
        <translation>今日は少なめにしましょう</translation>
    </message>
    <message>
        <source>Choose a shorter version or do fewer repetitions today, and tell your care team. If the pain is strong or keeps getting worse, do not exercise today.</source>
        <translation>今日は短いバージョンを選ぶか、回数を減らしてください。担当の医療者にも伝えてください。痛みが強いとき、だんだん強くなるときは、今日は運動をしないでください。</translation>
    </message>
</context>
<context>
    <name>EditorProblems</name>
    <message>
        <source>Write it in Japanese, in English, or in both.</source>
        <translation>日本語か英語、または両方で書いてください。</translation>
    </message>
    <message>
        <source>The {language} box holds only spaces: write the words, or leave it empty.</source>
        <translation>{language}の欄が空白だけです。言葉を書くか、欄を空にしてください。</translation>
    </message>
    <message>
        <source>The {language} text is longer than {n} characters: make it shorter.</source>
        <translation>{language}の文が{n}文字をこえています。短くしてください。</translation>
    </message>
    <message>
        <source>Give from {lo} to {hi} seconds (now {got}).</source>
        <translation>{lo}秒から{hi}秒の間にしてください(いまは{got})。</translation>
    </message>
    <message>
        <source>Give a number from {lo} to {hi} (now {got}).</source>
        <translation>{lo}から{hi}までの数にしてください(いまは{got})。</translation>
    </message>
    <message>
        <source>Use 1 to 64 small letters a to z, digits and “-”, beginning with a letter or a digit (now {got}).</source>
        <translation>半角の小文字 a〜z、数字、「-」で1〜64文字にし、最初は文字か数字にしてください(いまは{got})。</translation>
    </message>
    <message>
        <source>“{id}” is the short name of a built-in routine: give yours another.</source>
        <translation>「{id}」は最初から入っているメニューの短い名前です。別の名前にしてください。</translation>
    </message>
    <message>
        <source>“{id}” is the short name of another of your routines: give this one another.</source>
        <translation>「{id}」はあなたの別のメニューの短い名前です。このメニューには別の名前をつけてください。</translation>
    </message>
    <message>
        <source>“{id}” is already used by an earlier entry: give this one another.</source>
        <translation>「{id}」は前の項目ですでに使われています。別の名前にしてください。</translation>
    </message>
    <message>
        <source>One breath ({breath} s) is longer than the whole step ({duration} s): make the step longer or the breath shorter.</source>
        <translation>1回の呼吸({breath}秒)が、ステップ全体({duration}秒)より長くなっています。ステップを長くするか、呼吸を短くしてください。</translation>
    </message>
    <message>
        <source>The question this one depends on is not among the questions before it: choose one of those, or “Always”.</source>
        <translation>この質問が条件にしている質問が、前の質問の中にありません。前の質問から選ぶか、「いつも聞く」にしてください。</translation>
    </message>
    <message>
        <source>A question that stops the session needs its advice, and advice needs an answer that stops.</source>
        <translation>運動を止める質問には「代わりにすること」が必要です。また「代わりにすること」には、運動を止める答えが必要です。</translation>
    </message>
    <message>
        <source>A question about a date gives advice and has no answer that stops.</source>
        <translation>日付をたずねる質問には「代わりにすること」を書き、運動を止める答えは決めません。</translation>
    </message>
    <message>
        <source>An emergency question needs an answer that stops, and its advice.</source>
        <translation>緊急の質問には、運動を止める答えと「代わりにすること」が必要です。</translation>
    </message>
    <message>
        <source>Choose timed movements or the patient&apos;s own pace.</source>
        <translation>「時間を決めた動き」か「自分のペース」のどちらかを選んでください。</translation>
    </message>
    <message>
        <source>Choose at least one side.</source>
        <translation>左右のどちらか一方は選んでください。</translation>
    </message>
    <message>
        <source>Each side may come only once.</source>
        <translation>同じ側は一度だけにしてください。</translation>
    </message>
    <message>
        <source>Add at least one.</source>
        <translation>少なくとも1つ追加してください。</translation>
    </message>
    <message>
        <source>Add at least {n}.</source>
        <translation>少なくとも{n}つ追加してください。</translation>
    </message>
    <message>
        <source>There may be at most {n}: remove some.</source>
        <translation>{n}つまでです。いくつか削除してください。</translation>
    </message>
    <message>
        <source>Give at least {n} (now {got}).</source>
        <translation>{n}以上にしてください(いまは{got})。</translation>
    </message>
    <message>
        <source>Give at most {n} (now {got}).</source>
        <translation>{n}以下にしてください(いまは{got})。</translation>
    </message>
    <message>
        <source>This is needed.</source>
        <translation>入力が必要です。</translation>
    </message>
    <message>
        <source>Give the name of a picture file beside the routine file (now {got}).</source>
        <translation>メニューのファイルと同じ場所にある画像ファイルの名前にしてください(いまは{got})。</translation>
    </message>
    <message>
        <source>{got} is not one of the app&apos;s figures.</source>
        <translation>{got}はアプリに入っている図ではありません。</translation>
    </message>
    <message>
        <source>Not right here: {detail}</source>
        <translation>正しくありません：{detail}</translation>
    </message>
    <message>
        <source>Step {n}, {field}</source>
        <translation>ステップ {n} の「{field}」</translation>
    </message>
    <message>
        <source>Step {n}</source>
        <translation>ステップ {n}</translation>
    </message>
    <message>
        <source>{place}: {problem}</source>
        <translation>{place}:{problem}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The history file {path} was created by a newer version of RehabTimer. Please install that version to open it. The file has not been changed.</source>
        <translation>記録ファイル {path} は、新しいバージョンの RehabTimer で作られています。開くにはそのバージョンをインストールしてください。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>The history file {path} is damaged or is not a RehabTimer database. RehabTimer has not changed it.</source>
        <translation>記録ファイル {path} は壊れているか、RehabTimer のデータベースではありません。RehabTimer はこのファイルを変更していません。</translation>
    </message>
    <message>
        <source>RehabTimer cannot save to the history file {path}. Please check that the disk is not full and that you are allowed to change this file and its folder.</source>
        <translation>記録ファイル {path} に保存できません。ディスクがいっぱいでないか、このファイルとフォルダーを変更する権限があるかを確認してください。</translation>
    </message>
    <message>
        <source>The history file {path} is being restored or backed up by another RehabTimer. Please wait until that has finished and try again. Nothing was changed.</source>
        <translation>記録ファイル {path} は、別の RehabTimer が復元中またはバックアップ中です。終わるまで待ってから、もう一度お試しください。何も変更していません。</translation>
    </message>
    <message>
        <source>{path} cannot be restored: it is not a good RehabTimer backup. It may be damaged, come from a newer version or another program, or be the history itself. The history was not changed.</source>
        <translation>{path} は復元できません。RehabTimer の正しいバックアップではありません（壊れている、新しい版や別のアプリのファイル、または記録ファイルそのもの、のいずれかです）。記録は変更していません。</translation>
    </message>
    <message>
        <source>The history file {path} is in use by another program. Please close any other RehabTimer window and try again.</source>
        <translation>記録ファイル {path} はほかのプログラムが使用中です。ほかの RehabTimer の画面を閉じてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>{path} is inside RehabTimer&apos;s own data folder, where the history is kept. Choose a file in another folder, for example Documents.</source>
        <translation>{path} は、記録を保存している RehabTimer のデータフォルダーの中です。別のフォルダー（たとえば「ドキュメント」）のファイルを選んでください。</translation>
    </message>
    <message>
        <source>{path} is a folder. Choose a file name.</source>
        <translation>{path} はフォルダーです。ファイル名を選んでください。</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (it is a device, a pipe or a socket). Choose a file name.</source>
        <translation>{path} は普通のファイルではありません（デバイス、パイプ、ソケットのいずれかです）。ファイル名を選んでください。</translation>
    </message>
    <message>
        <source>{path} is another name for one of RehabTimer&apos;s own files. Choose another file name.</source>
        <translation>{path} は RehabTimer 自身のファイルの別名です。別のファイル名を選んでください。</translation>
    </message>
    <message>
        <source>That entry no longer exists. It may have been deleted meanwhile.</source>
        <translation>この記録はもうありません。別の操作で削除された可能性があります。</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>{path} に書き込めません：{reason}</translation>
    </message>
    <message>
        <source>Cannot use the data folder {folder}: {reason}.</source>
        <translation>データフォルダー {folder} を使えません：{reason}。</translation>
    </message>
    <message>
        <source>RehabTimer cannot start: some of its own files are missing (in {folders}). Please install RehabTimer again; your history is not touched.</source>
        <translation>RehabTimer を起動できません。アプリ自身のファイルの一部が見つかりません（{folders}）。RehabTimer を入れ直してください。記録はそのまま残っています。</translation>
    </message>
    <message>
        <source>Session {id} cannot be read: its {column} is “{value}”, which is not valid. It is left out; the history file has not been changed.</source>
        <translation>運動の記録 {id} を読み込めません：{column} の値「{value}」が正しくありません。この記録は表示から除いています。記録ファイルは変更していません。</translation>
    </message>
    <message>
        <source>Session {id} ({day}) cannot be read: its {column} is “{value}”, which is not valid. It is left out; the history file has not been changed.</source>
        <translation>運動の記録 {id}（{day}）を読み込めません：{column} の値「{value}」が正しくありません。この記録は表示から除いています。記録ファイルは変更していません。</translation>
    </message>
</context>
<context>
    <name>ExerciseFigure</name>
    <message>
        <source>Figure showing the exercise: {title}</source>
        <translation>運動の図：{title}</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>Well done!</source>
        <translation>おつかれさまでした！</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>運動を終了しました</translation>
    </message>
    <message>
        <source>Pain now</source>
        <translation>いまの痛み</translation>
    </message>
    <message>
        <source>How hard was it?</source>
        <translation>きつさはどうでしたか？</translation>
    </message>
    <message>
        <source>0 very easy</source>
        <translation>0 とても楽</translation>
    </message>
    <message>
        <source>10 could not do more</source>
        <translation>10 これ以上できない</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>行った運動</translation>
    </message>
    <message>
        <source>5 somewhat hard, but I can keep going</source>
        <translation>5 ややきついが続けられる</translation>
    </message>
    <message>
        <source>Note for your care team</source>
        <translation>担当の医療スタッフへのメモ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Active time: {time}</source>
        <translation>運動した時間：{time}</translation>
    </message>
    <message>
        <source>{title}: not started</source>
        <translation>{title}：未実施</translation>
    </message>
    <message>
        <source>{done} of {planned} reps</source>
        <translation>{planned}回中{done}回</translation>
    </message>
    <message>
        <source>{title}: {amounts} ({status})</source>
        <translation>{title}：{amounts}（{status}）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Pain before {before}, now {after}</source>
        <translation>痛み：運動前 {before}、いま {after}</translation>
    </message>
</context>
<context>
    <name>FigurePicker</name>
    <message>
        <source>Figures to choose from</source>
        <translation>選べる図</translation>
    </message>
    <message>
        <source>No figure</source>
        <translation>図なし</translation>
    </message>
    <message>
        <source>Show no figure for this step.</source>
        <translation>このステップには図を出しません。</translation>
    </message>
    <message>
        <source>Picture file: {name}</source>
        <translation>画像ファイル：{name}</translation>
    </message>
    <message>
        <source>The picture file named in the routine file.</source>
        <translation>メニューのファイルに書かれた画像ファイルです。</translation>
    </message>
    <message>
        <source>A drawing of a person doing this exercise.</source>
        <translation>この運動をする人の図です。</translation>
    </message>
    <message>
        <source>The step&apos;s figure</source>
        <translation>このステップの図</translation>
    </message>
    <message>
        <source>Not a figure the app has: {name}</source>
        <translation>アプリにない図です：{name}</translation>
    </message>
</context>
<context>
    <name>GatePage</name>
    <message>
        <source>Safety question {n} of {total}</source>
        <translation>安全のための確認 {n}/{total}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Yes — stop here (Y)</source>
        <translation>はい — ここで中止 (Y)</translation>
    </message>
    <message>
        <source>Yes (Y)</source>
        <translation>はい (Y)</translation>
    </message>
    <message>
        <source>No — stop here (N)</source>
        <translation>いいえ — ここで中止 (N)</translation>
    </message>
    <message>
        <source>No (N)</source>
        <translation>いいえ (N)</translation>
    </message>
</context>
<context>
    <name>HighPainPage</name>
    <message>
        <source>Your pain is high today</source>
        <translation>今日は痛みが強いようです</translation>
    </message>
    <message>
        <source>You rated your pain {pain} out of 10. With pain this strong, please do not exercise today. Rest, and contact your care team, especially if the pain is new or keeps getting worse.</source>
        <translation>痛みを10段階で{pain}と答えました。これほど痛みが強い日は、運動をしないでください。体を休め、担当の医療者に連絡してください。新しく出た痛みや、だんだん強くなる痛みのときは、特にそうしてください。</translation>
    </message>
    <message>
        <source>In an emergency, call an ambulance: 119 in Japan.</source>
        <translation>緊急のときは、救急車（119番）を呼んでください。</translation>
    </message>
    <message>
        <source>Start only if your care team has said you may exercise with this pain. Stop at once if the pain becomes sharp or keeps getting worse.</source>
        <translation>この痛みがあっても運動してよいと担当の医療者から言われている場合だけ始めてください。鋭い痛みや、だんだん強くなる痛みが出たら、すぐに中止してください。</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>今日はやめておく</translation>
    </message>
    <message>
        <source>Start anyway…</source>
        <translation>それでも始める…</translation>
    </message>
    <message>
        <source>Yes, start anyway</source>
        <translation>はい、始めます</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>This week up to today: {done} of {planned} planned sessions done in full, {part} more done in part; exercise done: {percent}% of the plan.</source>
        <translation>今週（今日まで）：予定{planned}回のうち{done}回を最後までできました。ほかに{part}回は途中までです。運動できた量は計画の{percent}%。</translation>
    </message>
    <message>
        <source>This week up to today: {done} of {planned} planned sessions done in full; exercise done: {percent}% of the plan.</source>
        <translation>今週（今日まで）：予定{planned}回のうち{done}回を最後までできました。運動できた量は計画の{percent}%。</translation>
    </message>
    <message>
        <source>Planned by the week: {done} of {planned} sessions done in full, {part} more done in part.</source>
        <translation>週ごとの予定：今週{planned}回のうち{done}回を最後までできました。ほかに{part}回は途中までです。</translation>
    </message>
    <message>
        <source>Planned by the week: {done} of {planned} sessions done in full.</source>
        <translation>週ごとの予定：今週{planned}回のうち{done}回を最後までできました。</translation>
    </message>
    <message>
        <source>Exercise done: {percent}% of the plan up to today.</source>
        <translation>運動できた量：今日までの計画の{percent}%。</translation>
    </message>
    <message>
        <source>Nothing is planned this week.</source>
        <translation>今週の予定はありません。</translation>
    </message>
    <message>
        <source>Days in a row meeting the plan: {current} now, {best} at best.</source>
        <translation>計画どおりにできた連続日数：いま{current}日、最長{best}日。</translation>
    </message>
    <message>
        <source>Active on {days} of the last {window} days.</source>
        <translation>最近{window}日のうち{days}日、運動しました。</translation>
    </message>
    <message>
        <source>{done} of {planned} planned sessions done, {part} more done in part; {percent}% of the plan</source>
        <translation>予定 {planned} 回のうち {done} 回できました。ほかに一部のみ {part} 回。計画の {percent}%</translation>
    </message>
    <message>
        <source>{done} of {planned} planned sessions done; {percent}% of the plan</source>
        <translation>予定 {planned} 回のうち {done} 回できました。計画の {percent}%</translation>
    </message>
    <message>
        <source>{percent}% of the plan</source>
        <translation>計画の {percent}%</translation>
    </message>
    <message>
        <source>planned by the week: {done} of {planned} sessions done, {part} more done in part</source>
        <translation>週ごとの予定：{planned} 回のうち {done} 回できました。ほかに一部のみ {part} 回</translation>
    </message>
    <message>
        <source>planned by the week: {done} of {planned} sessions done</source>
        <translation>週ごとの予定：{planned} 回のうち {done} 回できました</translation>
    </message>
    <message>
        <source>{done} done towards a weekly plan, {part} more done in part</source>
        <translation>週ごとの予定のうち {done} 回できました。ほかに一部のみ {part} 回</translation>
    </message>
    <message>
        <source>{done} done towards a weekly plan</source>
        <translation>週ごとの予定のうち {done} 回できました</translation>
    </message>
    <message>
        <source>plus {count} more beyond the plan</source>
        <translation>ほかに予定外で {count} 回</translation>
    </message>
    <message>
        <source>(stopped for pain)</source>
        <translation>（痛みで中止）</translation>
    </message>
    <message>
        <source>pain {values}</source>
        <translation>痛み {values}</translation>
    </message>
    <message>
        <source>effort {values}</source>
        <translation>きつさ {values}</translation>
    </message>
    <message>
        <source>median pain {before} → {after}</source>
        <translation>痛みの中央値 {before} → {after}</translation>
    </message>
    <message>
        <source>median effort {effort}</source>
        <translation>きつさの中央値 {effort}</translation>
    </message>
    <message>
        <source>{value} ({times} times)</source>
        <translation>{value}（{times}回）</translation>
    </message>
    <message>
        <source>pain before entered: {counts}</source>
        <translation>運動前の痛みの入力：{counts}</translation>
    </message>
    <message>
        <source>pain after entered: {counts}</source>
        <translation>運動後の痛みの入力：{counts}</translation>
    </message>
    <message>
        <source>effort entered: {counts}</source>
        <translation>きつさの入力：{counts}</translation>
    </message>
    <message>
        <source>{count} stopped for pain</source>
        <translation>痛みで中止 {count}回</translation>
    </message>
    <message>
        <source>marked as a rest, sick or away day</source>
        <translation>休み・体調不良・外出の日</translation>
    </message>
    <message>
        <source>{minutes} active minutes</source>
        <translation>運動{minutes}分</translation>
    </message>
    <message>
        <source>{minutes} active minutes, {per_day} a day</source>
        <translation>運動{minutes}分、1日{per_day}分</translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message>
        <source>Adherence</source>
        <translation>実施率</translation>
    </message>
    <message>
        <source>% of plan</source>
        <translation>計画に対する%</translation>
    </message>
    <message>
        <source>Active minutes per day</source>
        <translation>1日の運動時間（分）</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <source>Adherence per week</source>
        <translation>週ごとの実施率</translation>
    </message>
    <message>
        <source>Adherence per month</source>
        <translation>月ごとの実施率</translation>
    </message>
    <message>
        <source>Active minutes per day, monthly average</source>
        <translation>1日の運動時間（分）、月平均</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>痛み</translation>
    </message>
    <message>
        <source>effort</source>
        <translation>きつさ</translation>
    </message>
    <message>
        <source>Last 12 months: darker is more of the plan done</source>
        <translation>最近12か月：色が濃いほど計画どおりにできた日</translation>
    </message>
    <message>
        <source>Point at a bar to see its numbers.</source>
        <translation>棒にマウスを合わせると、数字が表示されます。</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>Pain 0-10</source>
        <translation>痛み 0〜10</translation>
    </message>
    <message>
        <source>Effort 0-10</source>
        <translation>きつさ 0〜10</translation>
    </message>
    <message>
        <source>{value}: entered {times} times</source>
        <translation>{value}:{times}回 入力</translation>
    </message>
    <message>
        <source>larger mark: entered more times</source>
        <translation>印が大きいほど、多く入力</translation>
    </message>
    <message>
        <source>before: monthly median</source>
        <translation>運動前：月ごとの中央値</translation>
    </message>
    <message>
        <source>before: 7-day median</source>
        <translation>運動前：7日間の中央値</translation>
    </message>
    <message>
        <source>after: monthly median</source>
        <translation>運動後：月ごとの中央値</translation>
    </message>
    <message>
        <source>after: 7-day median</source>
        <translation>運動後：7日間の中央値</translation>
    </message>
    <message>
        <source>{count} stopped for pain</source>
        <translation>痛みで中止 {count}回</translation>
    </message>
    <message>
        <source>before, as entered</source>
        <translation>運動前（入力どおり）</translation>
    </message>
    <message>
        <source>after, as entered</source>
        <translation>運動後（入力どおり）</translation>
    </message>
    <message>
        <source>stopped for pain</source>
        <translation>痛みで中止</translation>
    </message>
    <message>
        <source>as entered</source>
        <translation>入力どおり</translation>
    </message>
    <message>
        <source>monthly median</source>
        <translation>月ごとの中央値</translation>
    </message>
    <message>
        <source>7-day median</source>
        <translation>7日間の中央値</translation>
    </message>
</context>
<context>
    <name>HistoryFileFlow</name>
    <message>
        <source>A backup was saved as {path}.</source>
        <translation>バックアップを {path} に保存しました。</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>バックアップから戻す</translation>
    </message>
    <message>
        <source>RehabTimer backups (*.sqlite)</source>
        <translation>RehabTimer のバックアップ (*.sqlite)</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>このバックアップに戻しますか？</translation>
    </message>
    <message>
        <source>The history will be replaced by the backup {path}. The history as it is now is saved as a backup first.</source>
        <translation>記録がバックアップ {path} の内容に置き換わります。いまの記録は、先にバックアップとして保存します。</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made.</source>
        <translation>今日の自動バックアップを作れませんでした。</translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <source>Delete session?</source>
        <translation>記録を削除しますか？</translation>
    </message>
    <message>
        <source>Delete this session from the history? This cannot be undone.</source>
        <translation>この運動の記録を削除しますか？元には戻せません。</translation>
    </message>
    <message>
        <source>Export sessions as CSV</source>
        <translation>記録をCSVで書き出す</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <source>Saved {count} sessions as {path}.</source>
        <translation>{count}回分の記録を {path} に保存しました。</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>報告書をPDFで保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the report ({pages} pages) as {path}.</source>
        <translation>報告書（{pages}ページ）を {path} に保存しました。</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロフィール</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>メニュー</translation>
    </message>
    <message>
        <source>Profiles…</source>
        <translation>プロフィール…</translation>
    </message>
    <message>
        <source>4 weeks</source>
        <translation>4週間</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3か月</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1年</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>No sessions yet. When a session is done, its numbers and charts appear here.</source>
        <translation>まだ記録がありません。運動をすると、ここに数字とグラフが表示されます。</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>運動の記録</translation>
    </message>
    <message>
        <source>← Home</source>
        <translation>← ホーム</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>記録をひらく</translation>
    </message>
    <message>
        <source>Delete session…</source>
        <translation>記録を削除…</translation>
    </message>
    <message>
        <source>Mark rest or sick days…</source>
        <translation>休みの日をしるす…</translation>
    </message>
    <message>
        <source>Plan…</source>
        <translation>計画…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSVで書き出す…</translation>
    </message>
    <message>
        <source>Report for the clinician (PDF)…</source>
        <translation>医療者向け報告書（PDF）…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <source>All routines</source>
        <translation>すべてのメニュー</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>History and reports</source>
        <translation>記録と報告書</translation>
    </message>
    <message>
        <source>Routines…</source>
        <translation>メニューの編集…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>メニュー</translation>
    </message>
    <message>
        <source>Sound cues</source>
        <translation>合図の音</translation>
    </message>
    <message>
        <source>Voice guidance</source>
        <translation>音声ガイド</translation>
    </message>
    <message>
        <source>Profile: {name}</source>
        <translation>プロフィール：{name}</translation>
    </message>
    <message>
        <source>{steps} steps · about {minutes} min</source>
        <translation>{steps}ステップ・約{minutes}分</translation>
    </message>
    <message>
        <source>This week: {done} of {planned}</source>
        <translation>今週：{planned}回中{done}回</translation>
    </message>
    <message>
        <source>Today: {done} of {planned}</source>
        <translation>今日：{planned}回中{done}回</translation>
    </message>
    <message>
        <source>Rest day today ({progress})</source>
        <translation>今日はお休みの日（{progress}）</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>スタート</translation>
    </message>
    <message>
        <source>Start {title}</source>
        <translation>{title}をスタート</translation>
    </message>
    <message>
        <source>A session was cut short</source>
        <translation>途中で止まった運動があります</translation>
    </message>
    <message>
        <source>{title} stopped unexpectedly at step {step} of {total}. What you did is saved.</source>
        <translation>{title}が、ステップ {step}/{total} の途中で止まりました。ここまでの記録は保存されています。</translation>
    </message>
    <message>
        <source>Go on from step {step}</source>
        <translation>ステップ {step} から続ける</translation>
    </message>
    <message>
        <source>Leave it unfinished</source>
        <translation>途中のままにする</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>A session is on: you can start this one when it is over.</source>
        <translation>いま運動中です。終わってから始められます。</translation>
    </message>
    <message>
        <source>First answer the questions about the session you have just done.</source>
        <translation>先に、終えたばかりの運動についての質問に答えてください。</translation>
    </message>
    <message>
        <source>Settings could not be saved: {reason}</source>
        <translation>設定を保存できませんでした：{reason}</translation>
    </message>
    <message>
        <source>RehabTimer keeps running here, so reminders still come. Choose Quit in this menu to close it.</source>
        <translation>RehabTimer はここで動き続けるので、お知らせは届きます。終了するには、このメニューの「終了」を選んでください。</translation>
    </message>
</context>
<context>
    <name>NextDayPage</name>
    <message>
        <source>How was the pain the day after?</source>
        <translation>翌日の痛みはどうでしたか？</translation>
    </message>
    <message>
        <source>Last time ({day}) your pain went from {before} to {after}. How was it the next day?</source>
        <translation>前回（{day}）は、痛みが{before}から{after}になりました。翌日はどうでしたか？</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Back to my usual</source>
        <translation>いつもの状態に戻った</translation>
    </message>
    <message>
        <source>Still worse than usual</source>
        <translation>いつもより強いままだった</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Page content</source>
        <translation>画面の内容</translation>
    </message>
</context>
<context>
    <name>PainPage</name>
    <message>
        <source>Choose a number, or press Enter to skip.</source>
        <translation>数字を選んでください。飛ばすときは Enter を押してください。</translation>
    </message>
    <message>
        <source>Pain now</source>
        <translation>いまの痛み</translation>
    </message>
    <message>
        <source>Skip (Enter)</source>
        <translation>スキップ (Enter)</translation>
    </message>
    <message>
        <source>Next (Enter)</source>
        <translation>次へ (Enter)</translation>
    </message>
</context>
<context>
    <name>PainRosePage</name>
    <message>
        <source>Your pain went up</source>
        <translation>痛みが強くなりました</translation>
    </message>
    <message>
        <source>Your pain went from {before} to {after}. Rest today, and do not repeat today the movements that made it worse.</source>
        <translation>痛みが{before}から{after}になりました。今日は体を休め、痛みが強くなった動きは今日はくり返さないでください。</translation>
    </message>
    <message>
        <source>The next time you start this routine on another day, you will be asked how the pain was the day after.</source>
        <translation>別の日にこのメニューを始めるときに、翌日の痛みがどうだったかをおたずねします。</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>0 no pain</source>
        <translation>0 痛みなし</translation>
    </message>
    <message>
        <source>10 worst pain you can imagine</source>
        <translation>10 想像できる最悪の痛み</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>Get ready</source>
        <translation>準備</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>スタート</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>吸って</translation>
    </message>
    <message>
        <source>Hold your breath</source>
        <translation>息を止めて</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>吐いて</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>キープ</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>動かして</translation>
    </message>
    <message>
        <source>Your pace</source>
        <translation>自分のペースで</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>休憩</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>反対側へ</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>times a day</source>
        <translation>回/日</translation>
    </message>
    <message>
        <source>times a week</source>
        <translation>回/週</translation>
    </message>
    <message>
        <source>The plan is what adherence is measured against. Earlier days keep the plan they had.</source>
        <translation>実施率は、この計画をもとに計算します。それより前の日は、その時の計画のままです。</translation>
    </message>
    <message>
        <source>Routine:</source>
        <translation>メニュー：</translation>
    </message>
    <message>
        <source>How often:</source>
        <translation>回数：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>開始日：</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Me</source>
        <translation>わたし</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <translation>プロフィール</translation>
    </message>
    <message>
        <source>Each patient has a profile with their own plans and history.</source>
        <translation>患者さんごとにプロフィールがあり、それぞれの計画と記録があります。</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Ask once-only questions again</source>
        <translation>一度だけの質問をもう一度たずねる</translation>
    </message>
    <message>
        <source>The selected profile will be asked again, at the next start of each routine, the safety questions it answers only once (such as the birth date).</source>
        <translation>選んだプロフィールで、次に各メニューを始めるときに、一度だけ答える安全の質問（出産した日など）をもう一度たずねます。</translation>
    </message>
    <message>
        <source>Show this profile</source>
        <translation>このプロフィールを表示</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>プロフィールには名前が必要です。</translation>
    </message>
    <message>
        <source>There is already a profile called “{name}”.</source>
        <translation>「{name}」というプロフィールはすでにあります。</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新しいプロフィール</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前：</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>プロフィール名の変更</translation>
    </message>
    <message>
        <source>Delete profile?</source>
        <translation>プロフィールを削除しますか？</translation>
    </message>
    <message>
        <source>Delete the profile “{name}” and all its sessions? This cannot be undone.</source>
        <translation>プロフィール「{name}」と、そのすべての記録を削除しますか？元には戻せません。</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>The history file {path} is damaged and cannot be read.</source>
        <translation>記録ファイル {path} が壊れていて、読み込めません。</translation>
    </message>
    <message>
        <source>The history file {path} is missing, but this folder held a history before (its backups are still there).</source>
        <translation>記録ファイル {path} が見つかりません。このフォルダーには以前の記録があります（バックアップが残っています）。</translation>
    </message>
    <message>
        <source>RehabTimer will keep the damaged file, renamed, in the same folder. You can go on with the newest good backup, or start a new, empty history.</source>
        <translation>壊れたファイルは名前を変えて同じフォルダーに残します。正常な最新のバックアップで続けるか、新しい空の記録で始められます。</translation>
    </message>
    <message>
        <source>You can go on with the newest good backup, or start a new, empty history.</source>
        <translation>正常な最新のバックアップで続けるか、新しい空の記録で始められます。</translation>
    </message>
    <message>
        <source>Use the backup of {when}</source>
        <translation>{when} のバックアップを使う</translation>
    </message>
    <message>
        <source>Start a new history</source>
        <translation>新しい記録で始める</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Reminders</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>Reminder times</source>
        <translation>お知らせの時刻</translation>
    </message>
    <message>
        <source>New reminder time</source>
        <translation>新しいお知らせの時刻</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>A reminder comes at each time below, unless today&apos;s plan for the routine is already done. You can put it off by 10 or 30 minutes.</source>
        <translation>下の時刻ごとにお知らせします。そのメニューの今日の予定がもう済んでいれば、お知らせしません。10分後または30分後に先のばしもできます。</translation>
    </message>
    <message>
        <source>Reminders come only while RehabTimer is open. To get them with the window closed, turn on “Keep running in the tray” in the settings.</source>
        <translation>お知らせは RehabTimer が開いているときだけ届きます。画面を閉じても受け取るには、設定で「トレイで動かし続ける」をオンにしてください。</translation>
    </message>
    <message>
        <source>Routine:</source>
        <translation>メニュー：</translation>
    </message>
</context>
<context>
    <name>ReminderFlow</name>
    <message>
        <source>Reminder</source>
        <translation>お知らせ</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <source>Reminder</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>Time for “{title}”.</source>
        <translation>「{title}」の時間です。</translation>
    </message>
    <message>
        <source>{done} of {planned} this week</source>
        <translation>今週{planned}回中{done}回</translation>
    </message>
    <message>
        <source>{done} of {planned} today</source>
        <translation>今日{planned}回中{done}回</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>いま始める</translation>
    </message>
    <message>
        <source>You missed the {time} reminder: time for “{title}”.</source>
        <translation>{time} のお知らせを見逃していました。「{title}」の時間です。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>“{title}”</source>
        <translation>「{title}」</translation>
    </message>
    <message>
        <source>Time for {titles}.</source>
        <translation>{titles}の時間です。</translation>
    </message>
    <message>
        <source>Time for your exercises:</source>
        <translation>運動の時間です：</translation>
    </message>
    <message>
        <source>Starting one puts the others off for 10 minutes.</source>
        <translation>どれかを始めると、ほかのお知らせは10分後にもう一度出ます。</translation>
    </message>
    <message>
        <source>In {minutes} minutes</source>
        <translation>{minutes}分後に</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>今はしない</translation>
    </message>
    <message>
        <source>missed at {time}</source>
        <translation>{time} のお知らせを見逃していました</translation>
    </message>
    <message>
        <source>{title} ({details})</source>
        <translation>{title}({details})</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>スタート</translation>
    </message>
    <message>
        <source>Start “{title}”</source>
        <translation>「{title}」を始める</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>all routines</source>
        <translation>すべてのメニュー</translation>
    </message>
    <message>
        <source>RehabTimer report</source>
        <translation>RehabTimer 報告書</translation>
    </message>
    <message>
        <source>Profile: {name}</source>
        <translation>プロフィール：{name}</translation>
    </message>
    <message>
        <source>Routines: {routine}</source>
        <translation>メニュー：{routine}</translation>
    </message>
    <message>
        <source>From {start} to {end}</source>
        <translation>期間：{start} 〜 {end}</translation>
    </message>
    <message>
        <source>Safety answers</source>
        <translation>安全確認の回答</translation>
    </message>
    <message>
        <source>Made by RehabTimer on {day}. Not medical advice.</source>
        <translation>RehabTimer で {day} に作成。医療上の助言ではありません。</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>Parts of the routine</source>
        <translation>メニューの内容</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>ステップを追加</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Remove step…</source>
        <translation>ステップを削除…</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Routine details</source>
        <translation>メニューの基本情報</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>（名前はまだありません）</translation>
    </message>
    <message>
        <source>Total time: not known until the numbers marked ⚠ are right.</source>
        <translation>合計時間：⚠ の付いた数値を直すまで計算できません。</translation>
    </message>
    <message>
        <source>Total time: {total}, of which exercise {active}.</source>
        <translation>合計時間：{total}（うち運動 {active}）</translation>
    </message>
    <message>
        <source>Cannot save yet: {count} things to fix, marked ⚠ in the list and beside the fields.</source>
        <translation>まだ保存できません：直すところが{count}か所あります（一覧と入力欄の横に ⚠ で表示）。</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds}秒</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes}分{seconds}秒</translation>
    </message>
    <message>
        <source>Remove step?</source>
        <translation>ステップを削除しますか？</translation>
    </message>
    <message>
        <source>Remove step {number}, “{title}”, from this routine?</source>
        <translation>ステップ {number}「{title}」をこのメニューから削除しますか？</translation>
    </message>
    <message>
        <source>Leave without saving?</source>
        <translation>保存せずに戻りますか？</translation>
    </message>
    <message>
        <source>This routine has changes that are not saved. Leave without saving them?</source>
        <translation>このメニューには保存していない変更があります。保存せずに戻りますか？</translation>
    </message>
</context>
<context>
    <name>RoutineListPage</name>
    <message>
        <source>Routines</source>
        <translation>メニュー</translation>
    </message>
    <message>
        <source>Built-in routines stay as they are: make a copy to change one. Your own routines can be changed, saved as a file to share, or deleted.</source>
        <translation>最初から入っているメニューは変更できません。変えたいときはコピーを作ってください。自分のメニューは、変更、ファイルとして保存（共有用）、削除ができます。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Add from a file…</source>
        <translation>ファイルから追加…</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>新しいメニュー</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>最初から入っているもの</translation>
    </message>
    <message>
        <source>Your own</source>
        <translation>自分のメニュー</translation>
    </message>
    <message>
        <source>{origin} · {steps} steps · about {minutes} min</source>
        <translation>{origin}・{steps}ステップ・約{minutes}分</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>{title} を変更</translation>
    </message>
    <message>
        <source>Make a copy</source>
        <translation>コピーを作る</translation>
    </message>
    <message>
        <source>Make a copy of {title}</source>
        <translation>{title} のコピーを作る</translation>
    </message>
    <message>
        <source>Save as a file…</source>
        <translation>ファイルとして保存…</translation>
    </message>
    <message>
        <source>Save {title} as a file</source>
        <translation>{title} をファイルとして保存</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <translation>{title} を削除</translation>
    </message>
</context>
<context>
    <name>RoutinesScreen</name>
    <message>
        <source>New routine</source>
        <translation>新しいメニュー</translation>
    </message>
    <message>
        <source>New routine, copied from “{title}”</source>
        <translation>新しいメニュー（「{title}」のコピー）</translation>
    </message>
    <message>
        <source>Change “{title}”</source>
        <translation>「{title}」を変更</translation>
    </message>
    <message>
        <source>Saved “{title}”. You can start it from the home screen.</source>
        <translation>「{title}」を保存しました。ホーム画面から始められます。</translation>
    </message>
    <message>
        <source>Add a routine from a file</source>
        <translation>ファイルからメニューを追加</translation>
    </message>
    <message>
        <source>Routine files (*.json)</source>
        <translation>メニューのファイル (*.json)</translation>
    </message>
    <message>
        <source>Replace routine?</source>
        <translation>メニューを置き換えますか？</translation>
    </message>
    <message>
        <source>You already have a routine with the ID “{id}”: “{title}”. Replace it with the one in this file?</source>
        <translation>ID「{id}」のメニュー「{title}」がすでにあります。このファイルの内容で置き換えますか？</translation>
    </message>
    <message>
        <source>Added “{title}”. You can start it from the home screen.</source>
        <translation>「{title}」を追加しました。ホーム画面から始められます。</translation>
    </message>
    <message>
        <source>… and {count} more problems.</source>
        <translation>…ほかに{count}件の問題があります。</translation>
    </message>
    <message>
        <source>Routine not added</source>
        <translation>メニューを追加できませんでした</translation>
    </message>
    <message>
        <source>“{name}” cannot be used as a routine. What is wrong:</source>
        <translation>「{name}」はメニューとして使えません。問題点：</translation>
    </message>
    <message>
        <source>Save the routine as a file</source>
        <translation>メニューをファイルとして保存</translation>
    </message>
    <message>
        <source>That is RehabTimer&apos;s own routines folder. Choose another folder, for example Documents.</source>
        <translation>そこは RehabTimer 自身のメニュー用フォルダーです。「ドキュメント」など、別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Saved “{title}” as {path}.</source>
        <translation>「{title}」を {path} に保存しました。</translation>
    </message>
    <message>
        <source>Delete routine?</source>
        <translation>メニューを削除しますか？</translation>
    </message>
    <message>
        <source>Delete your routine “{title}”? Sessions already done with it stay in the history. This cannot be undone.</source>
        <translation>自分のメニュー「{title}」を削除しますか？このメニューで行った運動の記録は残ります。元に戻すことはできません。</translation>
    </message>
    <message>
        <source>Deleted “{title}”.</source>
        <translation>「{title}」を削除しました。</translation>
    </message>
</context>
<context>
    <name>SafetyAdvice</name>
    <message>
        <source>Contact your care team if the pain is strong, has not settled by the next day, or comes with numbness, weakness or swelling.</source>
        <translation>痛みが強いとき、翌日になっても治まらないとき、しびれ・力が入らない・腫れをともなうときは、担当の医療者に連絡してください。</translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <source>You stopped because it hurt</source>
        <translation>痛みのため中止しました</translation>
    </message>
    <message>
        <source>Rest now. Do not repeat the movement that hurt today.</source>
        <translation>まず休んでください。痛みが出た動きは、今日はくり返さないでください。</translation>
    </message>
    <message>
        <source>In an emergency, call an ambulance: 119 in Japan.</source>
        <translation>緊急のときは、救急車（119番）を呼んでください。</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>次へ</translation>
    </message>
</context>
<context>
    <name>ScaleChooser</name>
    <message>
        <source>{low}  ·  {high}</source>
        <translation>{low}  〜  {high}</translation>
    </message>
</context>
<context>
    <name>ScreenAwake</name>
    <message>
        <source>An exercise session is running</source>
        <translation>運動の最中です</translation>
    </message>
</context>
<context>
    <name>SecondsBox</name>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>The routine saved with this session cannot be read, so its steps are shown by their ids. The history file has not been changed.</source>
        <translation>この記録で使ったルーティンが読み込めないため、ステップを ID で表示しています。記録ファイルは変更していません。</translation>
    </message>
    <message>
        <source>{when} · {status} · active {time} · pain {pain}</source>
        <translation>{when}・{status}・運動時間 {time}・痛み {pain}</translation>
    </message>
    <message>
        <source>Safety answers:</source>
        <translation>安全確認の回答：</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>メモ：{note}</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>左右</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>実施</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
</context>
<context>
    <name>SessionFlow</name>
    <message>
        <source>There is no routine called “{id}”.</source>
        <translation>「{id}」というメニューはありません。</translation>
    </message>
    <message>
        <source>This session cannot be continued. What was done is kept.</source>
        <translation>この運動の続きは再開できません。ここまでの記録は残っています。</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>そのまま</translation>
    </message>
    <message>
        <source>That will be on {date}.</source>
        <translation>その日は{date}です。</translation>
    </message>
    <message>
        <source>Pain now, before you start</source>
        <translation>始める前の、いまの痛み</translation>
    </message>
    <message>
        <source>The session cannot start.</source>
        <translation>運動を始められません。</translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation>運動を中止しますか？</translation>
    </message>
    <message>
        <source>Stop the session now? What you have done so far is saved.</source>
        <translation>いま運動を中止しますか？ここまでの記録は保存されます。</translation>
    </message>
    <message>
        <source>How strong is the pain now?</source>
        <translation>いまの痛みはどのくらいですか？</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <source>completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>done in part</source>
        <translation>一部のみ</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>実施中</translation>
    </message>
    <message>
        <source>stopped: pain</source>
        <translation>中止：痛み</translation>
    </message>
    <message>
        <source>not started: safety answer</source>
        <translation>未開始：安全確認の回答</translation>
    </message>
    <message>
        <source>not started: pain</source>
        <translation>開始せず：痛み</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>rest advised, not started</source>
        <translation>休むよう案内、開始せず</translation>
    </message>
    <message>
        <source>rest advised for high pain, started anyway</source>
        <translation>痛みが強く休むよう案内したが、開始</translation>
    </message>
    <message>
        <source>day after: pain back to usual</source>
        <translation>翌日：痛みはいつもどおりに戻った</translation>
    </message>
    <message>
        <source>day after: pain still worse</source>
        <translation>翌日：痛みは強いままだった</translation>
    </message>
    <message>
        <source>day after: not answered</source>
        <translation>翌日：回答なし</translation>
    </message>
    <message>
        <source>pain rose {before} → {after}</source>
        <translation>痛みが強くなった {before} → {after}</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>メニュー</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Active time</source>
        <translation>運動時間</translation>
    </message>
    <message>
        <source>Pain before → after</source>
        <translation>痛み 前 → 後</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>きつさ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>← Back</source>
        <translation>← 戻る</translation>
    </message>
    <message>
        <source>Skip →</source>
        <translation>スキップ →</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>このステップをスキップ</translation>
    </message>
    <message>
        <source>Rep done (Enter)</source>
        <translation>1回できた (Enter)</translation>
    </message>
    <message>
        <source>I finished one rep</source>
        <translation>1回終わりました</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>中止 (Esc)</translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation>運動を中止する</translation>
    </message>
    <message>
        <source>It hurts — stop (H)</source>
        <translation>痛い — 中止 (H)</translation>
    </message>
    <message>
        <source>It hurts: stop the session now</source>
        <translation>痛い：すぐに運動を中止する</translation>
    </message>
    <message>
        <source>Seconds left in this part</source>
        <translation>この動きの残り秒数</translation>
    </message>
    <message>
        <source>Step {n} of {total}: {title}</source>
        <translation>ステップ {n}/{total}：{title}</translation>
    </message>
    <message>
        <source>Back: restart this step. Press twice to go to the previous step.</source>
        <translation>戻る：このステップをやり直します。2回押すと前のステップに戻ります。</translation>
    </message>
    <message>
        <source>Progress of the session</source>
        <translation>運動の進み具合</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>やり方</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>残り{time}</translation>
    </message>
    <message>
        <source>{side} side</source>
        <translation>{side}側</translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation>再開 (Space)</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>一時停止 (Space)</translation>
    </message>
    <message>
        <source>Resume the session</source>
        <translation>運動を再開する</translation>
    </message>
    <message>
        <source>Pause the session</source>
        <translation>運動を一時停止する</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>準備</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>よくできました</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Breath {n} of {total}</source>
        <translation>呼吸{n}回目 / {total}回</translation>
    </message>
    <message>
        <source>Last one: {n} of {total}</source>
        <translation>ラスト1回：{n}回目 / {total}回</translation>
    </message>
    <message>
        <source>Next: {what} ({time})</source>
        <translation>次：{what}（{time}）</translation>
    </message>
    <message>
        <source>Words: page {n} of {total} ↓</source>
        <translation>説明 {n}／{total}ページ ↓</translation>
    </message>
    <message>
        <source>Show more of what to do: page {n} of {total}</source>
        <translation>説明の続きを表示します：{total}ページ中{n}ページ目</translation>
    </message>
    <message>
        <source>Rep {n} of {total}</source>
        <translation>{n}回目 / {total}回</translation>
    </message>
    <message>
        <source>Next: finished</source>
        <translation>次：終了</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>次：{title}</translation>
    </message>
    <message>
        <source>Next: {what}</source>
        <translation>次：{what}</translation>
    </message>
    <message>
        <source>Paused because the computer slept or the app stopped for a while. Press Space to go on.</source>
        <translation>パソコンがスリープしたか、アプリがしばらく止まっていたため、一時停止しました。続けるには Space キーを押してください。</translation>
    </message>
    <message>
        <source>Paused. Press Space to go on.</source>
        <translation>一時停止しています。続けるには Space キーを押してください。</translation>
    </message>
    <message>
        <source>Go at your own pace. Press Enter after each rep.</source>
        <translation>自分のペースで行ってください。1回ごとに Enter キーを押してください。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>パソコンと同じ</translation>
    </message>
    <message>
        <source>Play sound cues</source>
        <translation>合図の音を鳴らす</translation>
    </message>
    <message>
        <source>Speak the guidance</source>
        <translation>音声ガイドを使う</translation>
    </message>
    <message>
        <source>Chosen by RehabTimer</source>
        <translation>おまかせ</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>月曜日</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>火曜日</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>水曜日</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>木曜日</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>日曜日</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>金曜日</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>土曜日</translation>
    </message>
    <message>
        <source>Reminder times…</source>
        <translation>お知らせの時刻…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>いまバックアップする</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>バックアップから戻す…</translation>
    </message>
    <message>
        <source>Voice for step names:</source>
        <translation>ステップ名を読む声：</translation>
    </message>
    <message>
        <source>Starting at login is not supported on this computer.</source>
        <translation>このパソコンでは、ログイン時の自動起動に対応していません。</translation>
    </message>
    <message>
        <source>When the window is closed, RehabTimer stays in the tray and reminders still come.</source>
        <translation>画面を閉じても RehabTimer はトレイに残り、お知らせが届きます。</translation>
    </message>
    <message>
        <source>This desktop has no tray, so RehabTimer closes with its window.</source>
        <translation>このデスクトップにはトレイがないため、RehabTimer は画面を閉じると終了します。</translation>
    </message>
    <message>
        <source>Reminders:</source>
        <translation>お知らせ：</translation>
    </message>
    <message>
        <source>History backups:</source>
        <translation>記録のバックアップ：</translation>
    </message>
    <message>
        <source>About RehabTimer…</source>
        <translation>RehabTimer について…</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語：</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>ハイコントラスト（黒地に白）</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>ログイン時に起動する</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>トレイで動かし続ける</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>音量：</translation>
    </message>
    <message>
        <source>Speaking rate:</source>
        <translation>話す速さ：</translation>
    </message>
    <message>
        <source>Get ready before each step:</source>
        <translation>各ステップ前の準備時間：</translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation>文字の大きさ：</translation>
    </message>
    <message>
        <source>Weeks start on:</source>
        <translation>週の始まり：</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <source>Name of the step</source>
        <translation>ステップの名前</translation>
    </message>
    <message>
        <source>What the voice says (optional)</source>
        <translation>音声ガイドで読み上げる言葉(なくてもかまいません)</translation>
    </message>
    <message>
        <source>Said instead of the name as the step is about to start: a reading the voice gets right (kana for a name it misreads), or a shorter name.</source>
        <translation>ステップが始まる前に、名前の代わりに読み上げます。音声が読みまちがえる名前は、かなで書いてください。短い呼び名にしてもかまいません。</translation>
    </message>
    <message>
        <source>Kind of step</source>
        <translation>ステップの種類</translation>
    </message>
    <message>
        <source>Timed</source>
        <translation>時間で行う</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>呼吸</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>キープ</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>くり返し</translation>
    </message>
    <message>
        <source>Do something for a set time, such as walking.</source>
        <translation>足踏みなど、決めた時間だけ行います。</translation>
    </message>
    <message>
        <source>Breathe in and out at a steady pace.</source>
        <translation>一定のペースで息を吸って吐きます。</translation>
    </message>
    <message>
        <source>Hold a position, a number of times, with rests between.</source>
        <translation>同じ姿勢を保ちます。回数を決め、あいだに休憩を入れます。</translation>
    </message>
    <message>
        <source>Repeat a movement a number of times.</source>
        <translation>動きを決めた回数くり返します。</translation>
    </message>
    <message>
        <source>Rest after this step</source>
        <translation>このステップの後の休憩</translation>
    </message>
    <message>
        <source>No rest</source>
        <translation>休憩なし</translation>
    </message>
    <message>
        <source>Not used after the last step.</source>
        <translation>最後のステップの後には使われません。</translation>
    </message>
    <message>
        <source>Time to change position before the next step.</source>
        <translation>次のステップの前に姿勢を変えるための時間です。</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>やり方</translation>
    </message>
    <message>
        <source>Two to four short lines: one action per line.</source>
        <translation>短い文を2〜4行で。1行に1つの動作を書きます。</translation>
    </message>
    <message>
        <source>Caution for this step (optional)</source>
        <translation>このステップの注意（なくてもかまいません）</translation>
    </message>
    <message>
        <source>This step takes {time}: {breaths} whole breaths, with the get-ready countdown.</source>
        <translation>このステップは {time} かかります（呼吸{breaths}回、準備のカウントダウンを含む）。</translation>
    </message>
    <message>
        <source>This step takes {time}, with the get-ready countdown.</source>
        <translation>このステップは {time} かかります（準備のカウントダウンを含む）。</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>How long in all</source>
        <translation>全体の時間</translation>
    </message>
    <message>
        <source>Breathe in for</source>
        <translation>吸う時間</translation>
    </message>
    <message>
        <source>Hold the breath for</source>
        <translation>息を止める時間</translation>
    </message>
    <message>
        <source>Do not hold</source>
        <translation>止めない</translation>
    </message>
    <message>
        <source>Usually left out: patients should not hold their breath.</source>
        <translation>ふつうは使いません：運動中は息を止めないようにします。</translation>
    </message>
    <message>
        <source>Breathe out for</source>
        <translation>吐く時間</translation>
    </message>
    <message>
        <source>Hold for</source>
        <translation>キープする時間</translation>
    </message>
    <message>
        <source>How many times (on each side)</source>
        <translation>回数（片側ごと）</translation>
    </message>
    <message>
        <source>Rest between holds</source>
        <translation>キープのあいだの休憩</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>ペース</translation>
    </message>
    <message>
        <source>Timed movements</source>
        <translation>時間を決めた動き</translation>
    </message>
    <message>
        <source>Own pace</source>
        <translation>自分のペース</translation>
    </message>
    <message>
        <source>The patient presses a button after each time.</source>
        <translation>1回ごとにボタンを押して進みます。</translation>
    </message>
    <message>
        <source>Each time is made of movements, each with its seconds.</source>
        <translation>1回は、それぞれ秒数を決めた動きでできています。</translation>
    </message>
    <message>
        <source>About how long one time takes</source>
        <translation>1回にかかるおおよその時間</translation>
    </message>
    <message>
        <source>Only used to work out how long the routine takes.</source>
        <translation>メニュー全体の時間の計算にだけ使います。</translation>
    </message>
    <message>
        <source>Rest between times</source>
        <translation>1回ごとの休憩</translation>
    </message>
    <message>
        <source>Movements of one time, in order</source>
        <translation>1回の中の動き（順番に）</translation>
    </message>
    <message>
        <source>Each is shown with its words and counted down.</source>
        <translation>それぞれの言葉を表示し、カウントダウンします。</translation>
    </message>
    <message>
        <source>Movement {n}</source>
        <translation>動き {n}</translation>
    </message>
    <message>
        <source>Movement {n}: words shown</source>
        <translation>動き {n}：表示する言葉</translation>
    </message>
    <message>
        <source>Movement {n}: how long</source>
        <translation>動き {n}：時間</translation>
    </message>
    <message>
        <source>Remove movement {n}</source>
        <translation>動き {n} を削除</translation>
    </message>
    <message>
        <source>Add a movement</source>
        <translation>動きを追加</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>左右</translation>
    </message>
    <message>
        <source>Both at once, or no sides</source>
        <translation>両側同時、または左右なし</translation>
    </message>
    <message>
        <source>Right, then left</source>
        <translation>右、次に左</translation>
    </message>
    <message>
        <source>Left, then right</source>
        <translation>左、次に右</translation>
    </message>
    <message>
        <source>Right only</source>
        <translation>右だけ</translation>
    </message>
    <message>
        <source>Left only</source>
        <translation>左だけ</translation>
    </message>
    <message>
        <source>Time to change sides</source>
        <translation>左右を入れ替える時間</translation>
    </message>
    <message>
        <source>Figure (optional)</source>
        <translation>図(なくてもかまいません)</translation>
    </message>
    <message>
        <source>A drawing of the exercise, shown large during the session and moving with the timer.</source>
        <translation>運動の図です。運動中は大きく表示され、タイマーに合わせて動きます。</translation>
    </message>
</context>
<context>
    <name>StepStatus</name>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>partly done</source>
        <translation>途中まで</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Today is a rest day</source>
        <translation>今日はお休みの日です</translation>
    </message>
    <message>
        <source>Nothing planned for today</source>
        <translation>今日の予定はありません</translation>
    </message>
    <message>
        <source>{done} of {planned} today</source>
        <translation>今日{planned}回中{done}回</translation>
    </message>
    <message>
        <source>{done} of {planned} this week</source>
        <translation>今週{planned}回中{done}回</translation>
    </message>
    <message>
        <source>Start “{title}” ({progress})</source>
        <translation>「{title}」を始める（{progress}）</translation>
    </message>
    <message>
        <source>Open RehabTimer</source>
        <translation>RehabTimer を開く</translation>
    </message>
    <message>
        <source>Reminders…</source>
        <translation>お知らせの時刻…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>Voice guidance is not available: no speech engine is installed.</source>
        <translation>音声ガイドは使えません：読み上げ機能が入っていません。</translation>
    </message>
    <message>
        <source>Voice guidance is not available: the speech engine could not be started.</source>
        <translation>音声ガイドは使えません：読み上げ機能を起動できませんでした。</translation>
    </message>
    <message>
        <source>Step names are not spoken: the speech service (speech-dispatcher) does not answer. The guidance words are still spoken. Restarting the computer usually helps.</source>
        <translation>ステップの名前は読み上げません。読み上げの仕組み（speech-dispatcher）が応答しません。案内のことば（吸って・吐いてなど）は読み上げます。コンピューターを再起動すると、たいてい直ります。</translation>
    </message>
    <message>
        <source>Step names are not spoken in Japanese on this computer: its only Japanese voice (eSpeak) cannot be understood. The guidance words are still spoken.</source>
        <translation>このコンピューターでは、ステップの名前は日本語で読み上げません。入っている日本語の音声（eSpeak）は聞き取りにくいためです。案内のことば（吸って・吐いてなど）は読み上げます。</translation>
    </message>
    <message>
        <source>Step names are not spoken: this computer has no Japanese voice. The guidance words are still spoken.</source>
        <translation>ステップの名前は読み上げません。このコンピューターに日本語の音声がありません。案内のことば（吸って・吐いてなど）は読み上げます。</translation>
    </message>
    <message>
        <source>Step names are not spoken: this computer has no English voice. The guidance words are still spoken.</source>
        <translation>ステップの名前は読み上げません。このコンピューターに英語の音声がありません。案内のことばは読み上げます。</translation>
    </message>
    <message>
        <source>To add one: Windows Settings, Time &amp; language, Speech, Add voices.</source>
        <translation>音声を追加するには：Windows の「設定」→「時刻と言語」→「音声認識」→「音声の追加」。</translation>
    </message>
    <message>
        <source>To add one: System Settings, Accessibility, Spoken Content, System voice, Manage Voices.</source>
        <translation>音声を追加するには：「システム設定」→「アクセシビリティ」→「読み上げコンテンツ」→「システムの声」→「声を管理」。</translation>
    </message>
    <message>
        <source>To add one, install a speech-dispatcher voice for the language (for Japanese: Open JTalk, the open-jtalk package).</source>
        <translation>音声を追加するには、その言語の speech-dispatcher 用の音声を入れてください（日本語は Open JTalk、open-jtalk パッケージ）。</translation>
    </message>
    <message>
        <source>Voice guidance is not available: the speech service (speech-dispatcher) does not answer.</source>
        <translation>音声ガイドは使えません：読み上げの仕組み（speech-dispatcher）が応答しません。</translation>
    </message>
    <message>
        <source>Voice guidance is not available: the only Japanese voice on this computer (eSpeak) cannot be understood.</source>
        <translation>音声案内は使えません：このコンピューターの日本語の音声（eSpeak）は聞き取りにくいためです。</translation>
    </message>
    <message>
        <source>Voice guidance is not available: no Japanese voice is installed.</source>
        <translation>音声ガイドは使えません：日本語の音声が入っていません。</translation>
    </message>
    <message>
        <source>Voice guidance is not available: no English voice is installed.</source>
        <translation>音声ガイドは使えません：英語の音声が入っていません。</translation>
    </message>
    <message>
        <source>Voice guidance stopped: the speech engine reported an error.</source>
        <translation>音声ガイドを停止しました：読み上げ機能でエラーが起きました。</translation>
    </message>
</context>
<context>
    <name>_OneButtonPage</name>
    <message>
        <source>Continue</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>In an emergency, call an ambulance: 119 in Japan.</source>
        <translation>緊急のときは、救急車（119番）を呼んでください。</translation>
    </message>
</context>
</TS>
