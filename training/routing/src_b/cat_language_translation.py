from common import U, conv, CC, loop, numbered

CATEGORY = {
    "category": "language_translation",
    "parent": None,
    "descriptions": [
        "translation",
        "translating text between human languages",
        "when I need something translated, e.g. an email from German to English",
        "use for translating natural-language text (not code) and for checking translations for accuracy and tone",
        "translate stuff",
        "Translation and localisation of prose: emails, documents, messages and idioms, with attention to register and cultural nuance",
        "English <-> other languages",
        "how do you say X in Y",
        "tradurre testi da una lingua all'altra",
        "翻译：在不同语言之间翻译文本",
    ],
}

REQUESTS = [
    U("translate to spanish: 'the meeting has been moved to thursday at 3pm, please confirm you can still make it'"),
    U("what does 'Schadenfreude' mean exactly, and is there a real english equivalent"),
    U("Translate this into formal Japanese for a business email: 'Thank you for your quick reply. We will send the revised contract by Friday.'"),
    U("how do you say 'I'm allergic to peanuts' in thai? need it for a trip, ideally something I can show on my phone"),
    U("""translate this french paragraph to english:

'Suite à notre échange téléphonique de ce matin, je vous confirme que la livraison aura lieu mardi prochain entre 8h et 12h. Merci de prévoir une personne sur place pour réceptionner la marchandise et signer le bon de livraison.'"""),
    U("""can you translate my grandma's letter from Polish? I typed it up:

'Kochana Aniu, dziękuję za piękne zdjęcia z wakacji. Dziadek powiesił je w kuchni. U nas wszystko dobrze, tylko kolano trochę boli, jak pada deszcz. Przyjedź do nas w święta, upiekę twój ulubiony sernik. Całuję mocno, Babcia'"""),
    U("translate 'break a leg' into german — literally it makes no sense, right? what's the actual german idiom"),
    U("english to brazilian portuguese, casual, it's an instagram caption: 'sunday mood: coffee, sunshine and zero plans ☀️'"),
    U("is this translation correct and natural? EN: 'Please keep your belongings with you at all times.' FR: 'Veuillez garder vos affaires avec vous à tout moment.'"),
    U("""translate this product review from korean please:

'배송은 빨랐는데 사이즈가 생각보다 작아요. 평소 M 입는데 L 시킬 걸 그랬어요. 재질은 부드럽고 좋아요.'"""),
    U("how would you translate 'hygge' into english? is there a single word"),
    U("translate to arabic: 'Welcome to our restaurant. Today's special is grilled sea bream with lemon.'"),
    U("I need to translate 'Hi, can you send me the report when you get a chance?' into French for an email to my new boss. tu or vous?"),
    U("Translate these UI strings to German, keep them short because they go on buttons: Save / Save as draft / Discard changes / Are you sure you want to leave?"),
    U("""translate this message I got from a supplier, it's in russian:

'Добрый день! К сожалению, отгрузка задерживается на неделю из-за проблем на таможне. Приносим извинения за неудобства. Новую дату сообщим в понедельник.'"""),
    U("please translate into simplified chinese: 'Our clinic is open Monday to Friday, 9am to 6pm. Appointments can be booked online or by phone.'"),
    U("how do i say 'where is the train station?' in italian, and how is it pronounced"),
    U("""translate my wedding vows into Spanish for my fiancée's family. natural, not google-translate-y:

'I promise to laugh with you, to be patient with you, and to choose you every single day — even on the days we burn dinner.'"""),
    conv(
        "latin for 'fortune favors the bold'",
        "The classic form is \"Fortes fortuna adiuvat\" (Terence).",
        "I've also seen 'audentes fortuna iuvat' — which one is right? it's for a tattoo so I want to be 100% sure of the grammar",
    ),
    conv(
        "translate 'I miss you' into korean, casual, to a close friend",
        "보고 싶어 (bogo sipeo) — casual, fine for a close friend.",
        "and how would I say 'I miss you too, come visit soon'?",
    ),
    U("German to English please: 'Sehr geehrte Damen und Herren, hiermit kündige ich meinen Vertrag fristgerecht zum nächstmöglichen Zeitpunkt. Bitte bestätigen Sie mir den Eingang dieser Kündigung schriftlich.'"),
    U("translate this dutch recipe step: 'Laat het deeg een uur rijzen op een warme plek, afgedekt met een vochtige doek.'"),
    U("what does this japanese sign say: 関係者以外立入禁止"),
    U("rewrite in British English please (it's for a UK audience): 'I parked my truck by the sidewalk and grabbed a soda from the gas station before heading to my apartment.'"),
    U("¿Puedes traducir este texto al inglés? 'Le informamos que su pedido ha sido enviado y llegará en un plazo de 3 a 5 días hábiles.'"),
    U("Übersetze bitte ins Französische: 'Wir freuen uns auf Ihren Besuch nächste Woche und stehen für Rückfragen jederzeit zur Verfügung.'"),
    U("把这句话翻译成英文：'这个周末我们去爬山吧，天气预报说是晴天。'"),
    U("次の文を自然な英語に翻訳してください：「お忙しいところ恐縮ですが、ご確認のほどよろしくお願いいたします。」"),
    U("Переведи на английский: 'Я опоздаю минут на пятнадцать, начинайте без меня.'"),
    U("como se diz 'saudade' em inglês? existe tradução de verdade?"),
    conv(
        "what's the difference between let and const in js",
        "`const` creates a binding that can't be reassigned; `let` can be reassigned. Both are block-scoped. Note that `const` doesn't make objects immutable — you can still mutate properties of a `const` object.",
        "got it. unrelated: my new coworker is from Brazil, how do I say 'welcome to the team, we're really happy to have you' in portuguese?",
    ),
    conv(
        "translate 'good luck on your exam' to german",
        "Viel Erfolg bei deiner Prüfung!",
        "and more formally, for a colleague I don't know well?",
    ),
    conv(
        "translate to french: 'Our office will be closed on Monday for the public holiday. Urgent requests can be sent to support@acme.com.'",
        "Nos bureaux seront fermés lundi en raison du jour férié. Les demandes urgentes peuvent être envoyées à support@acme.com.",
        "now the same in italian please",
    ),
    conv(
        "how do I format a date as dd.mm.yyyy in javascript",
        "```js\nconst d = new Date();\nconst s = d.toLocaleDateString('de-DE'); // e.g. 26.11.2026\n```\nOr build it manually with `padStart` if you need exact control.",
        "perfect",
        "Glad it worked!",
        "one more thing, not code — how would I say 'the report is attached, let me know if you have questions' in german? it's for a client",
    ),
    CC("""translate this message from our Japanese customer into English so I know what they're reporting:

「いつもお世話になっております。昨日のアップデート以降、CSVエクスポートで日付が1日ずれて出力されるようになりました。至急ご確認いただけますでしょうか。」""", date="2026-01-13"),
    loop(
        "open docs/announcement.md",
        [
            (None, "Read", {"file_path": "/home/mia/site/docs/announcement.md"},
             numbered("""# We're moving!

Starting **March 1**, our support team will be available from 8:00 to 20:00 CET, Monday to Saturday.

- Live chat is now available in the app
- Phone support moves to a new number: +49 30 1234567

Thank you for being with us!""")),
        ],
        "It's a short support announcement: new hours from March 1, live chat in the app, and a new phone number.",
        "translate this announcement into Spanish and French for the blog. keep the markdown formatting exactly",
        date="2026-02-20",
    ),
    CC("a user opened an issue in German, translate it to English for me: 'Beim Export als PDF fehlen alle Umlaute, stattdessen erscheinen Fragezeichen. Das Problem besteht seit Version 2.3. Unter Windows tritt es nicht auf, nur unter macOS.'", date="2026-05-07"),
    CC("""translate our app store description into Japanese, natural marketing tone, not literal:

'Plan your week in minutes. Drag tasks into your calendar, get gentle reminders, and see at a glance where your time goes. Free forever for personal use.'""", date="2026-07-25"),
    loop(
        "there's a section in the README I can't read",
        [
            (None, "Read", {"file_path": "/home/ben/vendor-sdk/README.md", "offset": 40, "limit": 12},
             numbered("""## 注意事项

1. 本 SDK 仅支持 64 位系统。
2. 首次使用前请联系供应商获取授权码。
3. 授权码与设备绑定，更换设备后需要重新申请。
4. 如遇问题，请发送邮件至技术支持，并附上日志文件。""", start=40)),
        ],
        None,
        "yeah that part. translate it to english for me please",
        date="2026-09-12",
    ),
    CC("translate 'Thanks for your contribution! A maintainer will review this soon.' into Spanish, French, German, Japanese and Brazilian Portuguese — it's for our GitHub bot's comment", date="2026-11-26"),
]
