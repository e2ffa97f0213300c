from common import U, conv, CC, loop, numbered

CATEGORY = {
    "category": "data_analysis",
    "parent": None,
    "descriptions": [
        "data analysis",
        "analysing datasets with pandas, numpy and plotting libraries, and computing statistics on data",
        "when I have a CSV or spreadsheet and want insights, charts or stats from it",
        "Use for exploratory data analysis, cleaning tabular data, aggregations, visualisation, hypothesis tests and regressions on the user's data.",
        "pandas / dataframes / plots",
        "stats on my data",
        "Answering questions about data: summarising columns, finding trends and outliers, grouping, pivoting, plotting with matplotlib or seaborn, and interpreting the results",
        "Jupyter notebook data exploration and visualisation",
        "análisis de datos con pandas, gráficos y estadística descriptiva",
        "Datenanalyse: Auswertung von CSV-Dateien, Statistiken, Diagramme",
    ],
}

REQUESTS = [
    U("i have a csv of sales with columns date, region, product, units, price. how do i get monthly revenue per region in pandas and plot it as lines"),
    U("""here's a sample of my data (full file is ~80k rows):

user_id,signup_date,plan,country,churned
1,2024-01-03,pro,DE,0
2,2024-01-03,free,US,1
3,2024-01-05,team,FR,0
4,2024-01-06,free,US,0

i want churn rate by plan and to know if pro vs team is actually different or just noise"""),
    U("how do i find outliers in a column — IQR vs z-score, which one for skewed data like transaction amounts?"),
    U("I measured the daily step count and hours of sleep for 48 days. Pearson r = 0.31. Is that significant, and should I use Spearman instead since steps are kind of skewed?"),
    U("df.groupby('customer_id') — I want number of orders, total spend and first order date in one go, with nice column names"),
    U("plot a histogram of response times with log-scale x axis in seaborn, and draw vertical lines at p50, p95 and p99"),
    U("our A/B test: control 4,812 visitors 231 conversions, variant 4,790 visitors 268 conversions. is this significant? what's the confidence interval on the lift"),
    U("pivot this long table into wide format: I have columns date, metric, value and want one column per metric with date as the index"),
    U("I have ~2 million rows of sensor readings, one per second. I want to downsample to 1-minute averages and then find all periods where temperature stayed above 80 for more than 10 minutes straight."),
    U("30% of the 'income' column is NaN in my survey data. drop those rows, impute with the mean, or something smarter? the other columns are age, education, region"),
    U("merging two dataframes on customer_id and I get way more rows than either df has. one of them has duplicate ids I guess? how do i check and what's the right merge"),
    U("""can you look at this and tell me what stands out?

month,signups,active_users,revenue_eur,support_tickets
Jan,1200,8400,52000,310
Feb,1150,8900,54100,295
Mar,1900,9800,55800,610
Apr,2100,10100,56200,840
May,1300,10300,61000,400
Jun,1250,10600,63900,380"""),
    U("polars vs pandas for a 5GB parquet file on a laptop with 16GB RAM? i just need a few groupbys and a join"),
    U("compute a 7-day rolling average of daily active users and plot it on top of the raw daily DAU"),
    U("how do I build a cohort retention table (signup month x months since signup) from an events table with user_id and event_date"),
    U("which test should I use to compare mean satisfaction score (1-5 likert) between 3 departments? n is around 40 per department"),
    U("numpy: I have an array of shape (1000, 3) with xyz coordinates. how do I get all pairwise distances and find the closest pair efficiently"),
    U("ran a linear regression of price on sqft and bedrooms with statsmodels. the bedrooms coefficient is negative?? R² is 0.71. how do I interpret this"),
    conv(
        "I have 12 numeric features in a dataframe for a churn model, where do I start",
        "Before modelling, look at distributions (histograms, skew), missingness per column, and correlations between features and with the target — strongly correlated features can make coefficients unstable.",
        "ok let's do the correlations. heatmap with seaborn, only the lower triangle, annotated with 2 decimals",
    ),
    U("survey results in an Excel file with one sheet per year (2021-2024). How do I combine them into one dataframe and compare how answers to Q7 shifted between 2023 and 2024?"),
    U("why does my pandas mean of a column differ from Excel's AVERAGE on the same data? 1023.4 vs 1019.8. same file"),
    U("seasonal decomposition of 5 years of monthly sales — how do I separate trend vs seasonality, and is statsmodels' seasonal_decompose good enough"),
    U("I've got nginx access logs parsed into a dataframe (url, status, ts). Want the top 10 URLs by 5xx error rate, only counting URLs with at least 100 requests"),
    conv(
        "loaded the customer survey into pandas, 3,200 rows, there's an age column with ints",
        "Great. What would you like to look at first?",
        "bin age into groups (18-24, 25-34, 35-44, 45+) and count people per group, also as percentages of the total",
    ),
    U("J'ai un fichier CSV avec les températures journalières de Lyon de 2000 à 2024. Comment calculer la tendance par décennie et l'afficher sur un graphique ?"),
    U("我有一个 Excel 表，里面是员工的工资、部门和入职年份，怎么用 pandas 算每个部门的工资中位数，并画箱线图比较？"),
    U("アンケート結果（5段階評価、約600件）を年代別に集計してクロス集計表にしたいです。pandasでのやり方と、差があるかどうかの検定方法も教えてください"),
    U("tenho os dados de vendas de uma loja dos últimos 2 anos, quero descobrir qual dia da semana vende mais e se a diferença é estatisticamente significativa"),
    U("matplotlib으로 y축이 두 개인 그래프를 그리고 싶어요. 월별 매출(막대)과 방문자 수(선)를 같이 보여주려고요"),
    U("Ho una serie temporale con valori mancanti sparsi (sensori che a volte non trasmettono). Come faccio un'interpolazione lineare in pandas, ma solo per buchi più corti di 5 minuti?"),
    conv(
        "how do I load a csv in pandas",
        "`df = pd.read_csv(\"file.csv\")`. If it's large, pass `usecols=` to load only the columns you need, and `parse_dates=[\"date_col\"]` for dates.",
        "ok loaded it. df.describe() shows the max of 'age' is 999 and min is -1. what's the right way to clean this, and then recompute the summary stats",
    ),
    conv(
        "sql query to count signups per week from the users table (created_at column), postgres",
        "```sql\nSELECT date_trunc('week', created_at) AS week, COUNT(*) AS signups\nFROM users\nGROUP BY 1\nORDER BY 1;\n```",
        "cool, exported that to weekly_signups.csv. now i want a chart with a trend line and I want to know if growth is actually accelerating or if it just looks like it",
    ),
    conv(
        "I'm analysing a customer dataset, should I use a bar chart or pie chart for plan distribution?",
        "A bar chart, almost always — people compare lengths much more accurately than angles. Pie charts are only OK for 2–3 categories where one clearly dominates.",
        "makes sense",
        "If you want, sort the bars by size so the ranking is obvious.",
        "ok next thing: I want to see if customers on annual plans have higher lifetime value than monthly ones, controlling for signup year. how would you approach that with this data",
    ),
    loop(
        "take a look at data/orders.csv",
        [
            (None, "Bash", {"command": "head -5 data/orders.csv && wc -l data/orders.csv", "description": "Preview orders data"},
             """order_id,order_date,product_id,product_name,category,qty,unit_price,customer_id
100001,2024-01-02,P-118,Trail Runner 2,shoes,1,129.00,C-5521
100002,2024-01-02,P-204,Merino Tee,apparel,3,39.50,C-1187
100003,2024-01-02,P-118,Trail Runner 2,shoes,2,129.00,C-9034
100004,2024-01-03,P-310,Headlamp X,gear,1,54.99,C-5521
214877 data/orders.csv"""),
        ],
        "It's ~215k order lines from 2024 onward with product, category, quantity, unit price and customer.",
        "which products have had declining sales over the last 3 quarters? write a quick analysis script and show me the numbers, not just the code",
        date="2026-01-28",
    ),
    loop(
        "what's in events.parquet?",
        [
            (None, "Bash", {"command": "uv run python -c \"import pandas as pd; df = pd.read_parquet('events.parquet'); df.info(); print(df.event.value_counts())\"", "description": "Inspect events parquet"},
             """<class 'pandas.core.frame.DataFrame'>
RangeIndex: 3412907 entries, 0 to 3412906
Data columns (total 5 columns):
 #   Column      Dtype
---  ------      -----
 0   session_id  object
 1   ts          datetime64[ns, UTC]
 2   event       object
 3   device      object
 4   product_id  object
event
view            2871044
add_to_cart      398221
purchase         143642"""),
        ],
        "3.4M events across three types (view, add_to_cart, purchase) with session, timestamp, device and product.",
        "ok now compute funnel conversion view -> add_to_cart -> purchase per device type, per session not per event. and tell me which device underperforms",
        date="2026-03-05",
    ),
    CC("in notebooks/eda.ipynb there's the `survey` dataframe. add a section that tests whether remote workers report higher job satisfaction than office workers — pick the right test for a 1–7 scale and report an effect size, not just a p-value", date="2026-04-15"),
    loop(
        "check what latency data we have",
        [
            (None, "Bash", {"command": "ls -la logs/ && head -3 logs/latency.csv", "description": "List logs and preview"},
             """total 48216
-rw-r--r-- 1 dev dev 49374112 Nov 20 09:14 latency.csv
endpoint,ts,ms
/api/search,2026-11-19T00:00:01Z,182
/api/cart,2026-11-19T00:00:01Z,41"""),
        ],
        "There's one ~49MB file, `logs/latency.csv`, with endpoint, timestamp and latency in ms.",
        "plot the latency distribution per endpoint (top 8 by traffic) and tell me which endpoints have a long tail relative to their median",
        date="2026-11-20",
    ),
    CC("analyze data/housing.csv: which features correlate most with price, and are there multicollinearity issues I should worry about before fitting a model?", date="2026-06-01"),
    CC("quick one: using the benchmark results in results/*.json (each has config name + list of throughput samples), make a bar chart of median throughput per config with IQR error bars and tell me which configs are within noise of each other", date="2026-08-08"),
    CC("I dumped my Strava export into ./activities.csv. How has my average running pace changed month by month over the last two years? Chart it and tell me if the improvement is real or just seasonal", date="2026-11-26"),
]
