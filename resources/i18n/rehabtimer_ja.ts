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
    <name>HomeView</name>
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
        <source>This session cannot be continued.</source>
        <translation>この運動の続きを再開できません。</translation>
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
</TS>
