from lib import *

L = "other"

ex("oth_thanks_thats_all", L, [
    first('''fix the off-by-one in paginate()

def paginate(items, page, size):
    return items[page * size : page * size + size + 1]'''),
    A("The slice end is one past where it should be: `+ size + 1` makes every page return `size + 1` items. It should be:\n\n```python\nreturn items[page * size : (page + 1) * size]\n```"),
    ut("thanks, that's all"),
], tags=["multi_turn", "intent_shift", "terse", "code:python"])

ex("oth_thx", L, [
    first("what's the difference between git merge and git rebase, briefly"),
    A("`merge` creates a merge commit that joins the two histories and leaves existing commits untouched. `rebase` replays your commits on top of the other branch and rewrites them into a linear history. Rebase local, unshared branches; merge anything that's already shared."),
    us("thx!"),
], tags=["multi_turn", "terse", "intent_shift"], cache=False)

ex("oth_poem_sea", L, [first("write a poem about the sea")], tags=["non_coding", "terse"])

ex("oth_poem_rhyme", L, [
    first("write a poem about the sea"),
    A("The tide rolls in with silver breath,\nit speaks of distance, salt and depth;\nthe gulls write circles on the grey,\nthe shore forgets the day by day."),
    ut("now make it rhyme better and add a verse about a lighthouse"),
], tags=["non_coding", "multi_turn", "follow_up"])

ex("oth_cover_letter", L, [first("write a cover letter for a senior backend engineer role at a fintech (Berlin). I have 7 years of python/go, led the migration of a payments platform to kubernetes, and mentored 4 juniors. keep it under 300 words, not cringe")],
   tags=["non_coding", "near_boundary"])

ex("oth_raise_email", L, [first("help me write an email to my manager asking for a raise. I've been here 2 years, took over the on-call rotation lead, and market rate for my role is ~15% higher. polite but direct")],
   tags=["non_coding"])

ex("oth_outage_apology_customers", L, [first("write an email to our customers apologizing for yesterday's 3 hour outage. non-technical audience, say we're giving everyone a 20% credit on this month's invoice, don't over-explain the cause (a database failover went wrong)")],
   tags=["non_coding", "near_boundary"])

ex("oth_linkedin_launch", L, [first("linkedin post announcing we launched our open-source feature flag tool 'Toggly' today. excited but not cringe, 3 short paragraphs, mention it's MIT licensed and link placeholder for github")],
   tags=["non_coding", "near_boundary"])

ex("oth_tweet_release", L, [first("tweet (max 280 chars) for the v2.0 release: dark mode, 3x faster sync, new plugin API. playful tone, 1-2 emojis max")],
   tags=["non_coding", "near_boundary"])

ex("oth_capital_australia", L, [first("what's the capital of australia? I always say sydney")],
   tags=["non_coding", "terse"])

ex("oth_quadratic", L, [first("solve 3x^2 - 12x + 9 = 0 and show the steps, it's for my kid's homework and I forgot how")],
   tags=["non_coding"])

ex("oth_recipe", L, [first("quick vegeterian dinner idea with chickpeas, spinach and whatevers usually in a pantry? 30 min max")],
   tags=["typo", "non_coding"])

ex("oth_programmer_joke", L, [first("tell me a programmer joke I haven't heard")],
   tags=["non_coding", "near_boundary", "terse"])

ex("oth_what_model", L, [first("what model are you?")], tags=["non_coding", "terse"])

ex("oth_cc_change_model", L, [first("how do I switch which model claude code uses? and can I set it per project")],
   tags=["non_coding", "near_boundary"])

ex("oth_translate_paragraph", L, [first('''translate into french please, it's for our office landlord:

Hi Mr. Durand, the heating on the 3rd floor has been broken since Monday and the office is at 15°C. Could you send someone this week? We're available any day after 9am. Thanks, Sarah''')],
   tags=["non_coding"])

ex("oth_es_gracias", L, [
    first("¿por qué mi script de bash no lee la variable? hago `echo $NOMBRE` y sale vacío"),
    A("Seguramente la definiste en otra shell o sin `export`. Si la defines con `NOMBRE=Ana` en la terminal y luego ejecutas `./script.sh`, el script corre en un proceso hijo y no la ve. Usa `export NOMBRE=Ana` o pásala al invocar: `NOMBRE=Ana ./script.sh`."),
    ut("¡era eso! gracias, eso es todo"),
], tags=["non_english", "lang_es", "multi_turn", "intent_shift", "terse"])

ex("oth_de_danke", L, [
    first("Mach aus der for-Schleife in utils.py eine List Comprehension"),
    A("Erledigt, `filter_active` in `utils.py` ist jetzt ein Einzeiler:\n\n```python\nreturn [u for u in users if u.active and not u.deleted]\n```"),
    us("danke, passt so 👍"),
], tags=["non_english", "lang_de", "multi_turn", "intent_shift", "terse"], cache=False)

ex("oth_zh_xiexie", L, [
    first("帮我看下为什么这个 SQL 这么慢"),
    A("主要原因是 `WHERE DATE(created_at) = '2026-11-01'` 对列做了函数运算，导致无法使用 `created_at` 上的索引。改成范围查询即可：`created_at >= '2026-11-01' AND created_at < '2026-11-02'`。"),
    ut("好了，快多了。谢谢，就这些"),
], tags=["non_english", "lang_zh", "multi_turn", "intent_shift", "terse"])

ex("oth_ja_arigatou", L, [
    first("READMEのインストール手順を更新して"),
    A("README の「インストール」セクションを更新しました。pnpm に切り替え、Node 20 以上が必要なことを明記し、古い `npm run setup` の手順は削除しました。"),
    ut("ありがとう、助かりました！今日はこれで終わりです"),
], tags=["non_english", "lang_ja", "multi_turn", "intent_shift"])

ex("oth_pt_valeu", L, [first("valeu pela ajuda ontem, funcionou tudo 🙌")], tags=["non_english", "lang_pt", "terse"])

ex("oth_ru_spasibo", L, [
    first("почему тест падает только в CI?"),
    A("В CI часовой пояс — UTC, а тест сравнивает `datetime.now()` с датой, сформированной для Europe/Moscow. Я зафиксировал часовой пояс в фикстуре через `freezegun` с `tz_offset=3`, и тест проходит в обоих окружениях."),
    us("спасибо, всё"),
], tags=["non_english", "lang_ru", "multi_turn", "intent_shift", "terse"], cache=False)

ex("oth_ko_thanks", L, [first("감사합니다 덕분에 해결했어요 ㅎㅎ 좋은 하루 보내세요")], tags=["non_english", "lang_ko", "terse"])

ex("oth_fr_merci", L, [
    first("ajoute un test pour la fonction slugify"),
    A("J'ai ajouté `test_slugify` dans `tests/test_text.py` avec les cas : accents (`é` → `e`), espaces multiples, caractères spéciaux et chaîne vide. Les 4 cas passent."),
    ut("merci beaucoup, bonne soirée !"),
], tags=["non_english", "lang_fr", "multi_turn", "intent_shift", "terse"])

ex("oth_es_casero", L, [first("escríbeme un correo para mi casero diciéndole que la calefacción lleva rota una semana y que si no la arregla antes del viernes voy a llamar a un técnico y descontarlo del alquiler. firme pero educado")],
   tags=["non_english", "lang_es", "non_coding"])

ex("oth_de_geburtstag", L, [first("Schreib bitte einen kurzen, herzlichen Text für die Geburtstagskarte meiner Oma, sie wird 90. Sie mag Gartenarbeit und ihre Enkel 🙂")],
   tags=["non_english", "lang_de", "non_coding"])

ex("oth_zh_marketing", L, [first("帮我写一段电商产品介绍文案，产品是智能保温杯，能显示水温、提醒喝水，卖点是续航30天和316不锈钢。风格活泼一点，150字以内")],
   tags=["non_english", "lang_zh", "non_coding"])

ex("oth_ja_meeting_mail", L, [first("取引先に送る、来週の打ち合わせの日程調整メールを書いてください。候補は火曜14時、水曜10時、木曜16時で、オンラインでも可と伝えたいです。丁寧なビジネス敬語で")],
   tags=["non_english", "lang_ja", "non_coding"])

ex("oth_pt_study_plan", L, [first("me ajuda a montar um plano de estudos de inglês pra 3 meses? tenho 1h por dia, nível intermediário, objetivo é conseguir fazer entrevistas de emprego em inglês")],
   tags=["non_english", "lang_pt", "non_coding"])

ex("oth_ru_cafe_name", L, [first("придумай 10 названий для маленькой кофейни рядом с университетом, чтобы было уютно и немного с юмором")],
   tags=["non_english", "lang_ru", "non_coding"])

ex("oth_ko_intro_letter", L, [first("자기소개서 첫 문단 좀 써줘. 지원 직무는 마케팅이고, 대학 때 동아리 SNS 계정을 팔로워 3천명까지 키운 경험이 있어")],
   tags=["non_english", "lang_ko", "non_coding"])

ex("oth_percent", L, [first("what's 17% of 2400")], tags=["non_coding", "terse"])

ex("oth_derivative", L, [first("derivative of x^3 * sin(x)? and can you check my answer: 3x^2 sin x + x^3 cos x")],
   tags=["non_coding"])

ex("oth_cups_ml", L, [first("how many cups is 250ml")], tags=["non_coding", "terse"])

ex("oth_gym_split", L, [first("give me a 3-day gym split for a beginner, I have dumbbells and a bench at home only, 45 min sessions")],
   tags=["non_coding"])
