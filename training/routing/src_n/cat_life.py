"""Personal finance, career, health, travel, cooking, recommendations, and small talk / sign-offs."""
from conversation_shapes import u, a, cc, at, tr

EXAMPLES = [
# ------------------------------------------------------------ life_advice: finance
("life_advice", u("I have 15k in savings and a 6.9% car loan with 9k left. pay it off or keep the cash as emergency fund?")),
("life_advice", u("¿conviene más un fondo indexado o dejar el dinero en una cuenta remunerada al 3%? tengo 32 años y no lo voy a tocar en 10 años")),
("life_advice", u("Lohnt sich für Freelancer eine private Rentenversicherung oder lieber ETF-Sparplan? Bin 29, Softwareentwickler, selbstständig seit einem Jahr")),
("life_advice", u("got a job offer with RSUs vesting over 4 years, 1 year cliff. how do I compare it against a higher base salary somewhere else?")),
("life_advice", u("como eu organizo as finanças sendo PJ? separo quanto pra imposto, reserva, aposentadoria?")),
# ------------------------------------------------------------ career
("life_advice", u("I've been a senior dev for 4 years and I'm bored. staff engineer track, management, or switch companies? how do I even decide")),
("life_advice", u("mi jefe me pidió que evalúe a un compañero que es amigo mío y rinde mal. cómo lo manejo sin romper la amistad?")),
("life_advice", u("Ich habe ein Vorstellungsgespräch bei einem Startup. Welche Fragen sollte ich stellen, um rauszufinden, ob die Firma in einem Jahr noch existiert?")),
("life_advice", u("comment négocier un passage à 4 jours par semaine sans baisser trop mon salaire ? je suis dev dans une ESN")),
("life_advice", u("転職するか迷ってる。今の会社は残業少なくて居心地いいけど、技術的に成長できない。30歳、どう考えればいい？")),
("life_advice", u("面试被问到'你最大的缺点是什么'，怎么回答比较好？我是前端，三年经验")),
("life_advice", u("is a bootcamp still worth it in 2026 for someone switching from teaching to tech, or should I go self-taught?")),
("life_advice", u("how do I say no to my PM when everything is 'urgent' without looking like I'm not a team player")),
("life_advice", u("mój pierwszy performance review w piątek. jak się przygotować, żeby poprosić o podwyżkę?")),
# ------------------------------------------------------------ health
("life_advice", u("I sit 10 hours a day coding and my lower back is killing me. any simple routine I can do at my desk?")),
("life_advice", u("durmo mal quando fico no computador até tarde. vale a pena óculos de luz azul ou é lenda?")),
("life_advice", u("Wie schaffe ich es, mittags nicht immer in ein Leistungstief zu fallen? Kaffee hilft nur kurz")),
("life_advice", u("ho le mani che formicolano dopo giornate intere alla tastiera, devo preoccuparmi? tastiera ergonomica serve?")),
("life_advice", u("how do I get back into running after 2 years of doing nothing, without wrecking my knees")),
# ------------------------------------------------------------ travel
("life_advice", u("5 days in Lisbon in October with a laptop (working 2 of the days). which neighborhood to stay in and what not to miss?")),
("life_advice", u("voy a Japón 2 semanas en abril, primera vez. vale la pena el JR Pass o ya no desde que subió de precio?")),
("life_advice", u("Kyoto oder Osaka als Basis für eine Woche? Wir reisen mit zwei Kindern (6 und 9)")),
("life_advice", u("what should I pack for a 3-day conference in Berlin in February? hate overpacking")),
("life_advice", u("서울에서 부산까지 KTX랑 비행기 중에 뭐가 나아? 주말여행이고 짐은 적어")),
# ------------------------------------------------------------ cooking
("life_advice", u("easy dinner I can cook in 20 min after work with chicken thighs, rice and whatever veg is in the fridge")),
("life_advice", u("¿cómo hago que la tortilla de patatas no se me rompa al darle la vuelta?")),
("life_advice", u("recette de pain au levain pour débutant, j'ai un starter depuis une semaine")),
("life_advice", u("カレーを前日に作ると美味しくなるのはなぜ？保存は冷蔵で何日まで大丈夫？")),
("life_advice", u("meal prep ideas for a week of lunches, vegetarian, high protein, not just chickpeas again")),
# ------------------------------------------------------------ recommendations
("life_advice", u("recommend me 3 sci-fi novels like Project Hail Mary. I loved the problem-solving part")),
("life_advice", u("alguna peli buena para ver con mis padres el domingo? nada de terror, algo tipo comedia o drama ligero")),
("life_advice", u("Welche Serie kann man nach 'Severance' schauen? Gerne etwas Ähnliches, Büro-Dystopie")),
("life_advice", u("livros bons sobre liderança pra quem acabou de virar tech lead? nada muito corporativo")),
("life_advice", u("podcast recommendations for a 40 min commute? not tech, I need a break from tech")),
("life_advice", u("какие настольные игры посоветуешь для компании из 6 человек, чтобы было весело и не слишком сложно?")),
("life_advice", [u("refactor the date helpers to use Temporal"), a("Done — `src/utils/dates.ts` now uses `Temporal.PlainDate` everywhere, with a polyfill import in `main.ts`. Tests pass."), u("nice. now for something completely different: a good book for a 10-year-old who loves Minecraft but 'hates reading'?")]),

# ------------------------------------------------------------ chit_chat: small talk / goodbyes / praise
("chit_chat", u("good morning! coffee's ready, let's see what breaks today ☕")),
("chit_chat", u("ok I'm out, thanks for everything today. see you tomorrow")),
("chit_chat", u("jaja eres más rápido que mi senior. no le digas nada")),
("chit_chat", u("Feierabend! Danke fürs Mitdenken heute 🍺")),
("chit_chat", u("tu dors jamais toi hein ? merci pour l'aide, bonne nuit")),
("chit_chat", u("valeu pela paciência hoje kkkk eu sei que fiz pergunta boba")),
("chit_chat", u("今日も一日ありがとう。明日はリリースなので早めに寝ます")),
("chit_chat", u("辛苦啦～今天就到这里，明天见")),
("chit_chat", u("ok honestly that was fun. you're a better pair programmer than most humans I've worked with")),
("chit_chat", u("do you ever get tired of people pasting 400-line stack traces at you lol")),
("chit_chat", u("ciao! tutto bene? oggi giornata tranquilla, niente bug per ora 🤞")),
("chit_chat", u("hey, just saying hi before standup. nothing to do yet")),
("chit_chat", u("dzięki, jesteś wielki. idę na piwo")),
("chit_chat", u("thanks!")),
("chit_chat", [u("bump the version to 2.3.1 in package.json"), a("Updated `package.json` and `package-lock.json` to 2.3.1."), u("ok good, that's everything. thx 🙌")]),
("chit_chat", [cc("all good, nevermind the last thing, it was my VPN", d=2)]),
("chit_chat", u("wow. ok. I owe you a beer, metaphorically")),
("chit_chat", u("hola de nuevo 👋 ¿te acuerdas de lo de ayer? bueno da igual, ya está todo arreglado, solo venía a decirlo")),
]
