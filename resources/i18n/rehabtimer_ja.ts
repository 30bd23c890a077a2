<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AdvicePage</name>
    <message>
        <source>Please do not exercise today</source>
        <translation>きょうは運動をしないでください</translation>
    </message>
    <message>
        <source>In an emergency, call an ambulance: 119 in Japan.</source>
        <translation>緊急のときは、救急車(119番)を呼んでください。</translation>
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
        <translation>読み込めないメニューのファイルがあったため、とばしました:{problem}</translation>
    </message>
</context>
<context>
    <name>CautionsPage</name>
    <message>
        <source>Please read before you start:</source>
        <translation>始める前にお読みください:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>I have read this — continue</source>
        <translation>読みました — 次へ</translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <source>No sound: the sound system could not be started. The session runs silently.</source>
        <translation>音が出ません:サウンド機能を起動できませんでした。運動は音なしで進みます。</translation>
    </message>
    <message>
        <source>No sound: this computer has no audio output. The session runs silently.</source>
        <translation>音が出ません:このパソコンには音を出す装置がありません。運動は音なしで進みます。</translation>
    </message>
    <message>
        <source>Some sound cues are missing. Reinstalling RehabTimer restores them.</source>
        <translation>合図の音の一部が見つかりません。RehabTimer を入れ直す(再インストールする)と元に戻ります。</translation>
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
        <translation>ふつうの日(しるしを消す)</translation>
    </message>
    <message>
        <source>Marked days are left out of adherence instead of counting as missed.</source>
        <translation>しるしをつけた日は、できなかった日として数えず、実施率の計算から外します。</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>日付:</translation>
    </message>
    <message>
        <source>Mark:</source>
        <translation>しるし:</translation>
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
        <source>Stop at once if an exercise hurts, and ask your care team before you go on.</source>
        <translation>運動中に痛みが出たら、すぐに中止してください。続ける前に、担当の医療スタッフに相談してください。</translation>
    </message>
    <message>
        <source>If you have chest pain, trouble breathing, or sudden weakness or numbness, call an ambulance (119 in Japan).</source>
        <translation>胸の痛み、息苦しさ、急に力が入らない・しびれるといった症状があるときは、救急車(119番)を呼んでください。</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>わかりました</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>That entry no longer exists. It may have been deleted meanwhile.</source>
        <translation>この記録はもうありません。別の操作で削除された可能性があります。</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>{path} に書き込めません:{reason}</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>Well done!</source>
        <translation>おつかれさまでした!</translation>
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
        <translation>きつさはどうでしたか?</translation>
    </message>
    <message>
        <source>0 very easy</source>
        <translation>0 とても楽</translation>
    </message>
    <message>
        <source>5 hard but fine</source>
        <translation>5 きついが大丈夫</translation>
    </message>
    <message>
        <source>10 could not do more</source>
        <translation>10 これ以上できない</translation>
    </message>
    <message>
        <source>A note for your care team (optional)</source>
        <translation>担当の医療スタッフへのメモ(任意)</translation>
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
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Active time: {time}</source>
        <translation>運動した時間:{time}</translation>
    </message>
    <message>
        <source>{title}: not started</source>
        <translation>{title}:未実施</translation>
    </message>
    <message>
        <source>Pain before {before}, now {after}</source>
        <translation>痛み:運動前 {before}、いま {after}</translation>
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
        <source>Yes (Y)</source>
        <translation>はい (Y)</translation>
    </message>
    <message>
        <source>No (N)</source>
        <translation>いいえ (N)</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Well done. That is all for now.</source>
        <translation>お疲れさまでした。これで終わりです。</translation>
    </message>
    <message>
        <source>Next: {title}. Get ready.</source>
        <translation>次は{title}です。準備してください。</translation>
    </message>
    <message>
        <source>Last one. {word}</source>
        <translation>ラスト1回。{word}</translation>
    </message>
    <message>
        <source>Halfway.</source>
        <translation>半分です。</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>This week: {done} of {planned} planned sessions, {percent}%.</source>
        <translation>今週:予定 {planned} 回のうち {done} 回、{percent}%。</translation>
    </message>
    <message>
        <source>Nothing is planned this week.</source>
        <translation>今週の予定はありません。</translation>
    </message>
    <message>
        <source>Days in a row meeting the plan: {current} now, {best} at best.</source>
        <translation>計画どおりにできた連続日数:いま {current} 日、最長 {best} 日。</translation>
    </message>
    <message>
        <source>Active on {days} of the last {window} days.</source>
        <translation>最近 {window} 日のうち {days} 日、運動しました。</translation>
    </message>
    <message>
        <source>marked as a rest, sick or away day</source>
        <translation>休み・体調不良・外出の日</translation>
    </message>
    <message>
        <source>{done} of {planned} planned ({percent}%)</source>
        <translation>予定 {planned} 回のうち {done} 回({percent}%)</translation>
    </message>
    <message>
        <source>{minutes} active minutes</source>
        <translation>運動 {minutes} 分</translation>
    </message>
    <message>
        <source>pain {before} → {after}</source>
        <translation>痛み {before} → {after}</translation>
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
        <translation>1日の運動時間(分)</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <source>Pain 0-10: before ● orange, after ■ blue; lines are 7-day medians</source>
        <translation>痛み 0〜10:運動前 ● オレンジ、運動後 ■ 青。線は7日間の中央値</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>痛み</translation>
    </message>
    <message>
        <source>Last 12 months: darker is more of the plan done</source>
        <translation>最近12か月:色が濃いほど計画どおりにできた日</translation>
    </message>
    <message>
        <source>Point at a bar to see its numbers.</source>
        <translation>棒にマウスを合わせると、数字が表示されます。</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>計画</translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <source>Delete session?</source>
        <translation>記録を削除しますか?</translation>
    </message>
    <message>
        <source>Delete this session from the history? This cannot be undone.</source>
        <translation>この運動の記録を削除しますか?元には戻せません。</translation>
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
        <source>Save the report as PDF</source>
        <translation>報告書をPDFで保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
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
        <translation>医療者向け報告書(PDF)…</translation>
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
        <source>Settings</source>
        <translation>設定</translation>
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
        <translation>プロフィール:{name}</translation>
    </message>
    <message>
        <source>{steps} steps · about {minutes} min</source>
        <translation>{steps}ステップ・約{minutes}分</translation>
    </message>
    <message>
        <source>This week: {done} of {planned}</source>
        <translation>今週:{planned}回中 {done}回</translation>
    </message>
    <message>
        <source>Today: {done} of {planned}</source>
        <translation>きょう:{planned}回中 {done}回</translation>
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
        <source>Settings could not be saved: {reason}</source>
        <translation>設定を保存できませんでした:{reason}</translation>
    </message>
    <message>
        <source>This session cannot be continued. What was done is kept.</source>
        <translation>この運動の続きは再開できません。ここまでの記録は残っています。</translation>
    </message>
    <message>
        <source>There is no routine called “{id}”.</source>
        <translation>「{id}」というメニューはありません。</translation>
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
        <translation>運動を中止しますか?</translation>
    </message>
    <message>
        <source>Stop the session now? What you have done so far is saved.</source>
        <translation>いま運動を中止しますか?ここまでの記録は保存されます。</translation>
    </message>
    <message>
        <source>How strong is the pain now?</source>
        <translation>いまの痛みはどのくらいですか?</translation>
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
        <translation>メニュー:</translation>
    </message>
    <message>
        <source>How often:</source>
        <translation>回数:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>開始日:</translation>
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
        <translation>名前:</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>プロフィール名の変更</translation>
    </message>
    <message>
        <source>Delete profile?</source>
        <translation>プロフィールを削除しますか?</translation>
    </message>
    <message>
        <source>Delete the profile “{name}” and all its sessions? This cannot be undone.</source>
        <translation>プロフィール「{name}」と、そのすべての記録を削除しますか?元には戻せません。</translation>
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
        <translation>プロフィール:{name}</translation>
    </message>
    <message>
        <source>Routines: {routine}</source>
        <translation>メニュー:{routine}</translation>
    </message>
    <message>
        <source>From {start} to {end}</source>
        <translation>期間:{start} 〜 {end}</translation>
    </message>
    <message>
        <source>Made by RehabTimer on {day}. Not medical advice.</source>
        <translation>RehabTimer で {day} に作成。医療上の助言ではありません。</translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <source>You stopped because it hurt</source>
        <translation>痛みのため中止しました</translation>
    </message>
    <message>
        <source>Rest now. Do not repeat the movement that hurt.</source>
        <translation>いまは休んでください。痛みが出た動きは、くり返さないでください。</translation>
    </message>
    <message>
        <source>If the pain is strong, does not settle with rest, or comes with numbness, weakness or swelling, contact your doctor.</source>
        <translation>痛みが強いとき、休んでもおさまらないとき、しびれ・力の入りにくさ・はれがあるときは、医師に連絡してください。</translation>
    </message>
    <message>
        <source>In an emergency, call an ambulance: 119 in Japan.</source>
        <translation>緊急のときは、救急車(119番)を呼んでください。</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>次へ</translation>
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
    <name>SessionDialog</name>
    <message>
        <source>{when} · {status} · active {time} · pain {pain}</source>
        <translation>{when}・{status}・運動時間 {time}・痛み {pain}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>メモ:{note}</translation>
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
    <name>SessionStatus</name>
    <message>
        <source>completed</source>
        <translation>完了</translation>
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
        <translation>中止:痛み</translation>
    </message>
    <message>
        <source>not started: safety answer</source>
        <translation>未開始:安全確認の回答</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>中止</translation>
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
        <translation>痛い:すぐに運動を中止する</translation>
    </message>
    <message>
        <source>Seconds left in this part</source>
        <translation>この動きの残り秒数</translation>
    </message>
    <message>
        <source>Step {n} of {total}: {title}</source>
        <translation>ステップ {n}/{total}:{title}</translation>
    </message>
    <message>
        <source>Back: restart this step. Press twice to go to the previous step.</source>
        <translation>戻る:このステップをやり直します。2回押すと前のステップに戻ります。</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>残り {time}</translation>
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
        <translation>呼吸 {n}/{total}</translation>
    </message>
    <message>
        <source>Last one: {n} of {total}</source>
        <translation>ラスト1回:{n}/{total}</translation>
    </message>
    <message>
        <source>Rep {n} of {total}</source>
        <translation>{n}/{total} 回目</translation>
    </message>
    <message>
        <source>Next: finished</source>
        <translation>次:終了</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>次:{title}</translation>
    </message>
    <message>
        <source>Next: {what}</source>
        <translation>次:{what}</translation>
    </message>
    <message>
        <source>Next: {what} ({seconds} seconds)</source>
        <translation>次:{what}({seconds}秒)</translation>
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
        <translation>音声で案内する</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>High contrast (white on black)</source>
        <translation>ハイコントラスト(黒地に白)</translation>
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
        <source>Start RehabTimer when I log in</source>
        <translation>ログインしたら RehabTimer を起動する</translation>
    </message>
    <message>
        <source>Starting at login is not supported on this computer.</source>
        <translation>このパソコンでは、ログイン時の自動起動に対応していません。</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>音量:</translation>
    </message>
    <message>
        <source>Speaking rate:</source>
        <translation>話す速さ:</translation>
    </message>
    <message>
        <source>Get ready before each step:</source>
        <translation>各ステップ前の準備時間:</translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation>文字の大きさ:</translation>
    </message>
    <message>
        <source>Weeks start on:</source>
        <translation>週の始まり:</translation>
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
    <name>Voice</name>
    <message>
        <source>Voice guidance is not available: no speech engine is installed.</source>
        <translation>音声案内は使えません:読み上げ機能が入っていません。</translation>
    </message>
    <message>
        <source>Voice guidance is not available: the speech engine could not be started.</source>
        <translation>音声案内は使えません:読み上げ機能を起動できませんでした。</translation>
    </message>
    <message>
        <source>Voice guidance is not available: no Japanese voice is installed.</source>
        <translation>音声案内は使えません:日本語の音声が入っていません。</translation>
    </message>
    <message>
        <source>Voice guidance is not available: no English voice is installed.</source>
        <translation>音声案内は使えません:英語の音声が入っていません。</translation>
    </message>
    <message>
        <source>Voice guidance stopped: the speech engine reported an error.</source>
        <translation>音声案内を停止しました:読み上げ機能でエラーが起きました。</translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <source>Mon</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>火</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>水</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>木</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>金</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>土</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>日</translation>
    </message>
</context>
</TS>
